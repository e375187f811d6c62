using System.Text.Json.Nodes;
using Kwiga.Generator.SdkCode;

namespace Kwiga.Generator.Tests.SdkCode;

/// <summary>The rewrites of Kiota's C#, each on the shape Kiota 1.38 writes (see obj/Generated after a build).</summary>
public class SdkCodeTests
{
    private const string QueryParameters = """
        namespace Kwiga.Sdk.Contacts
        {
            public partial class ContactsRequestBuilder : BaseRequestBuilder
            {
                public partial class ContactsRequestBuilderGetQueryParameters 
                {
        #if NETSTANDARD2_1_OR_GREATER || NETCOREAPP3_1_OR_GREATER
        #nullable enable
                    [QueryParameter("filters%5Bcontact_ids%5D%5B%5D")]
                    public int?[]? FilterscontactIds { get; set; }
        #nullable restore
        #else
                    [QueryParameter("filters%5Bcontact_ids%5D%5B%5D")]
                    public int?[] FilterscontactIds { get; set; }
        #endif
                    [QueryParameter("filters%5Bdate_from%5D")]
                    public Date? FiltersdateFrom { get; set; }
                    [QueryParameter("filters%5Bsearch%5D")]
                    public string? Filterssearch { get; set; }
                    [QueryParameter("search")]
                    public string? Search { get; set; }
                    [QueryParameter("per_page")]
                    public int? PerPage { get; set; }
                }
            }
        }
        """;

    [Test]
    public void Query_parameters_are_named_after_their_wire_names_and_number_lists_lose_nullable_items()
    {
        var sources = GeneratedSources.From(new Dictionary<string, string> { ["Contacts/ContactsRequestBuilder.cs"] = QueryParameters });

        var changed = QueryParameterNames.Apply(sources);

        var text = sources["Contacts/ContactsRequestBuilder.cs"];
        Assert.That(changed, Is.EqualTo(4));
        Assert.That(text, Does.Contain("public int[]? ContactIds { get; set; }").And.Contain("public int[] ContactIds { get; set; }"));
        Assert.That(text, Does.Contain("public Date? DateFrom { get; set; }"));
        Assert.That(text, Does.Contain("public string? FilterSearch { get; set; }"), "a filter named like a plain parameter of the same request keeps the word");
        Assert.That(text, Does.Contain("public string? Search { get; set; }").And.Contain("public int? PerPage { get; set; }"));
        Assert.That(text, Does.Contain("[QueryParameter(\"filters%5Bdate_from%5D\")]"), "the wire name stays");
    }

    [TestCase("filters[date_from]", "DateFrom")]
    [TestCase("filters[contact_ids][]", "ContactIds")]
    [TestCase("with[]", "With")]
    [TestCase("per_page", "PerPage")]
    [TestCase("include", "Include")]
    public void The_name_of_a_wire_name(string wire, string name) =>
        Assert.That(QueryParameterNames.NameOf(wire), Is.EqualTo(name));

    [Test]
    public void Model_lists_of_numbers_hold_numbers()
    {
        var sources = GeneratedSources.From(new Dictionary<string, string>
        {
            ["Models/ContactCreateRequest.cs"] = """
                public List<int?>? ManagerIds { get; set; }
                { "manager_ids", n => { ManagerIds = n.GetCollectionOfPrimitiveValues<int?>()?.AsList(); } },
                writer.WriteCollectionOfPrimitiveValues<int?>("manager_ids", ManagerIds);
                public int? OrderStageId { get; set; }
                """,
        });

        Assert.That(NumberLists.Apply(sources), Is.EqualTo(3));
        Assert.That(sources["Models/ContactCreateRequest.cs"], Does.Not.Contain("<int?>").And.Contain("public int? OrderStageId"));
    }

    [Test]
    public void Kiotas_exception_lines_become_the_sdks_exceptions_once_each()
    {
        var sources = GeneratedSources.From(new Dictionary<string, string>
        {
            ["X.cs"] = """
                        /// <param name="cancellationToken">Cancellation token</param>
                        /// <exception cref="global::Kwiga.Sdk.Models.ErrorResponse">When receiving a 400 status code</exception>
                        /// <exception cref="global::Kwiga.Sdk.Models.ErrorResponse">When receiving a 401 status code</exception>
                        /// <exception cref="global::Kwiga.Sdk.Models.ErrorResponse">When receiving a 403 status code</exception>
                        /// <exception cref="global::Kwiga.Sdk.Models.ErrorResponse">When receiving a 404 status code</exception>
                        /// <exception cref="global::Kwiga.Sdk.Models.ValidationErrorResponse">When receiving a 422 status code</exception>
                        /// <exception cref="global::Kwiga.Sdk.Models.ErrorResponse">When receiving a 5XX status code</exception>
                        public async Task GetAsync()

                """,
        });

        Assert.That(ExceptionDocs.Apply(sources), Is.EqualTo(1));

        var text = sources["X.cs"];
        Assert.That(text, Does.Not.Contain("Models.ErrorResponse"));
        Assert.That(text, Does.Contain("""<exception cref="global::Kwiga.Sdk.KwigaAuthenticationException">401 or 403: """));
        Assert.That(text, Does.Contain("""<exception cref="global::Kwiga.Sdk.KwigaServerException">500: """));
        Assert.That(text, Does.Contain("""<exception cref="global::Kwiga.Sdk.KwigaApiException">400: """));
        Assert.That(text, Does.Not.Contain("KwigaRateLimitException"), "no 429 documented here");
        Assert.That(text.Split('\n').Count(l => l.Contains("<exception", StringComparison.Ordinal)), Is.EqualTo(9));
    }

    [Test]
    public void A_single_resource_method_returns_the_data_and_keeps_the_envelope_under_another_name()
    {
        var builder = """
            namespace Kwiga.Sdk.Offers.Item
            {
                public partial class WithOfferItemRequestBuilder : BaseRequestBuilder
                {
                    /// <summary>
                    /// One offer.
                    /// </summary>
                    /// <returns>A <see cref="global::Kwiga.Sdk.Models.OfferResponse"/></returns>
                    /// <param name="cancellationToken">Cancellation token to use when cancelling requests</param>
            #if NETSTANDARD2_1_OR_GREATER || NETCOREAPP3_1_OR_GREATER
            #nullable enable
                    public async Task<global::Kwiga.Sdk.Models.OfferResponse?> GetAsync(Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)
                    {
            #nullable restore
            #else
                    public async Task<global::Kwiga.Sdk.Models.OfferResponse> GetAsync(Action<RequestConfiguration<DefaultQueryParameters>> requestConfiguration = default, CancellationToken cancellationToken = default)
                    {
            #endif
                        return await RequestAdapter.SendAsync<global::Kwiga.Sdk.Models.OfferResponse>(requestInfo, factory, errorMapping, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            """;
        var view = JsonNode.Parse("""
            {"components":{"schemas":{
              "OfferResponse":{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/Offer"}}},
              "AffectedSubscriptionsResponse":{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/X"},"contact_id":{"type":"integer"}}},
              "OfferPage":{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Offer"}}}}}}}
            """)!;
        var sources = GeneratedSources.From(new Dictionary<string, string> { ["Offers/Item/WithOfferItemRequestBuilder.cs"] = builder });

        var envelopes = EnvelopeResults.Envelopes(view);
        var methods = EnvelopeResults.Apply(sources, envelopes);

        var text = sources["Offers/Item/WithOfferItemRequestBuilder.cs"];
        Assert.That(envelopes, Is.EquivalentTo(new Dictionary<string, string> { ["OfferResponse"] = "Offer" }), "only envelopes that carry nothing but data");
        Assert.That(methods, Is.EqualTo(1));
        Assert.That(text, Does.Contain("public async Task<global::Kwiga.Sdk.Models.Offer> GetAsync(Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)"));
        Assert.That(text, Does.Contain("var envelope = await GetEnvelopeAsync(requestConfiguration, cancellationToken).ConfigureAwait(false);"));
        Assert.That(text, Does.Contain("public async Task<global::Kwiga.Sdk.Models.OfferResponse?> GetEnvelopeAsync(").And.Contain("public async Task<global::Kwiga.Sdk.Models.OfferResponse> GetEnvelopeAsync("));
        Assert.That(text.Split("/// One offer.").Length - 1, Is.EqualTo(2), "both methods keep the summary");
        Assert.That(sources["Models/DataEnvelopes.cs"], Does.Contain("public partial class OfferResponse : global::Kwiga.Sdk.Client.IDataEnvelope"));
    }

    [Test]
    public void Error_models_only_error_responses_reach_become_internal()
    {
        var view = JsonNode.Parse("""
            {"paths":{"/c":{"get":{"responses":{
               "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}},
               "422":{"$ref":"#/components/responses/Invalid"}}}}},
             "components":{
               "responses":{"Invalid":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ValidationErrorResponse"}}}}},
               "schemas":{"Page":{"type":"object","properties":{"meta":{"$ref":"#/components/schemas/Meta"}}},"Meta":{"type":"object"},
                 "ValidationErrorResponse":{"type":"object","properties":{"errors":{"$ref":"#/components/schemas/ValidationErrorResponseErrors"},"meta":{"$ref":"#/components/schemas/Meta"}}},
                 "ValidationErrorResponseErrors":{"type":"object"}}}}
            """)!;

        var errorOnly = ErrorModelVisibility.ErrorOnlySchemas(view);
        var sources = GeneratedSources.From(new Dictionary<string, string>
        {
            ["Models/ValidationErrorResponse.cs"] = "public partial class ValidationErrorResponse : ApiException, IParsable",
            ["Models/ValidationErrorResponseErrors.cs"] = "public partial class ValidationErrorResponseErrors : IParsable",
            ["Models/Meta.cs"] = "public partial class Meta : IParsable",
        });
        ErrorModelVisibility.Apply(sources, errorOnly);

        Assert.That(errorOnly, Is.EquivalentTo(new[] { "ValidationErrorResponse", "ValidationErrorResponseErrors" }), "Meta is also used by a success response");
        Assert.That(sources["Models/ValidationErrorResponse.cs"], Does.StartWith("internal partial class"));
        Assert.That(sources["Models/Meta.cs"], Does.StartWith("public partial class"));
    }

    [Test]
    public void A_configure_call_in_an_unknown_form_stops_the_build()
    {
        var sources = GeneratedSources.From(new Dictionary<string, string> { ["A.cs"] = "requestInfo.Configure(requestConfiguration, extra);" });

        Assert.Throws<GeneratedCodeShapeException>(() => ConfigureCalls.Apply(sources));
    }
}
