using System.Net;
using System.Text.Json.Nodes;
using Kwiga.Sdk.Tests.Support;
using Kwiga.Testing;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Serialization;

/// <summary>
/// No value the server sends may be lost: every docs example response (and a variant for each
/// doc-vs-wire disagreement) is served, read through the generated client, written back with the
/// SDK's serializer and compared with the original, leaf by leaf, by value.
/// </summary>
public class WireRoundTripTests
{
    private static IEnumerable<TestCaseData> DocsExamples() =>
        from operation in OperationCatalog.All
        from example in ContractExamples.SuccessExamples(operation.OperationId)
        select new TestCaseData(operation, example.Value.ToJsonString()).SetArgDisplayNames($"{operation.OperationId} ({example.Name})");

    [TestCaseSource(nameof(DocsExamples))]
    public async Task Docs_example_survives_a_round_trip_through_the_models(OperationCase operation, string json)
    {
        var (leaves, lost) = await RoundTrip(operation, json);

        Assert.That(leaves, Is.GreaterThan(0));
        Assert.That(lost, Is.Empty, $"{lost.Count} of {leaves} leaf values lost");
    }

    /// <summary>Both sides of each disagreement between the docs' schema text and their examples.</summary>
    private static IEnumerable<TestCaseData> WireVariants()
    {
        var purchase = Op("addContactPurchase");
        var offers = Op("listOffers");
        var courses = Op("listCourses");
        var users = Op("listCourseUsers");
        var removal = Op("removeContactProducts");

        yield return Variant("paid_status as the documented integer", purchase, """{"data":{"id":1,"orders":[{"id":2,"paid_status":5}]}}""");
        yield return Variant("paid_status as the wire's string", purchase, """{"data":{"id":1,"orders":[{"id":2,"paid_status":"paid"}]}}""");
        yield return Variant("payment status as the documented string", purchase, """{"data":{"id":1,"orders":[{"id":2,"payments":[{"id":3,"status":"paid"}]}]}}""");
        yield return Variant("transaction price and rrn as documented", purchase, """{"data":{"id":1,"orders":[{"id":2,"payments":[{"id":3,"transactions":[{"id":4,"price":147.5,"rrn":"330710335365"}]}]}]}}""");
        yield return Variant("transaction rrn beyond 2^53 as a number", purchase, """{"data":{"id":1,"orders":[{"id":2,"payments":[{"id":3,"transactions":[{"id":4,"price":"147","rrn":12345678901234567890}]}]}]}}""");
        yield return Variant("price amount as the documented number", offers, """{"data":[{"id":1,"price":{"amount":10.5}}],"links":{},"meta":{"current_page":1,"last_page":1}}""");
        yield return Variant("price_type and limit_type as the documented strings", offers, """{"data":[{"id":1,"price_type":"fixed","limit_type":"limited"}],"links":{},"meta":{}}""");
        yield return Variant("limit_type as the documented null", offers, """{"data":[{"id":1,"limit_type":null}],"links":{},"meta":{}}""");
        yield return Variant("discount end_type as the documented string", offers, """{"data":[{"id":1,"discount":{"id":3,"end_type":"date","sales":4}}],"links":{},"meta":{}}""");
        yield return Variant("course type and status as the documented strings", courses, """{"data":[{"id":1,"type":"marathon","status":"draft"}],"links":{},"meta":{}}""");
        yield return Variant("lesson and module number as the documented strings", users, """{"data":[{"course_progress":{"current_lesson":{"id":1,"number":"2.1","module":{"id":2,"number":"II"}}}}],"links":{},"meta":{}}""");
        yield return Variant("course program under the documented name", users, """{"data":[],"links":{},"meta":{},"course_program":[{"id":1,"course_nodeble_type":"course_module","children":[]}]}""");
        yield return Variant("affected maps as objects", removal, """{"data":{"affected_subscriptions":[1],"affected_orders":[2],"affected_by_offers":{"421":{"affected_subscriptions":[1],"affected_orders":[2]}},"affected_by_products":{"299":{"affected_subscriptions":[1],"affected_orders":[]}}},"contact_id":5}""");
        yield return Variant("affected maps as PHP's empty arrays", removal, """{"data":{"affected_subscriptions":[],"affected_orders":[],"affected_by_offers":[],"affected_by_products":[]},"contact_id":5}""");
        yield return Robustness("an unknown field of every JSON type", Op("getContact"), """{"data":{"id":1,"new_flag":true,"new_count":3,"new_text":"x","new_list":[1,"a",null],"new_object":{"a":{"b":[1]}}},"server_time":"2024-01-01T00:00:00Z"}""");
        yield return Robustness("a documented integer sent as text that is not a number", Op("getOffer"), """{"data":{"id":1,"limit_of_sales":"unlimited","is_draft":"no"}}""");
    }

    [TestCaseSource(nameof(WireVariants))]
    public async Task Wire_variant_is_read_without_losing_a_value(OperationCase operation, string json)
    {
        var (leaves, lost) = await RoundTrip(operation, json);

        Assert.That(leaves, Is.GreaterThan(0));
        Assert.That(lost, Is.Empty, $"{lost.Count} of {leaves} leaf values lost");
    }

    private static IEnumerable<TestCaseData> TypedCases() =>
        DocsExamples().Concat(WireVariants().Where(c => !c.Properties.ContainsKey(RobustnessCase)));

    /// <summary>
    /// Every documented field of the docs' examples and of the doc-vs-wire variants reaches its typed
    /// property: none falls back, raw, into AdditionalData (where the wire's bare forms used to go).
    /// </summary>
    [TestCaseSource(nameof(TypedCases))]
    public async Task No_documented_field_is_left_untyped(OperationCase operation, string json)
    {
        var model = await Serve(operation, json);

        Assert.That(ModelWalk.UntypedDocumentedFields(model!), Is.Empty);
    }

    [Test]
    public async Task A_bare_course_type_and_status_are_read_into_the_typed_objects_and_written_back_bare()
    {
        var page = (Kwiga.Sdk.Models.CoursePage)(await Serve(Op("listCourses"), """{"data":[{"id":1,"type":"marathon","status":"draft"}],"links":{},"meta":{}}"""))!;

        var course = page.Data![0];
        Assert.That(course.Type!.BareValue, Is.EqualTo("marathon"));
        Assert.That(course.Status!.BareValue, Is.EqualTo("draft"));
        Assert.That(course.AdditionalData, Does.Not.ContainKey("type").And.Not.ContainKey("status"));
    }

    [Test]
    public async Task The_values_of_an_affected_by_map_are_typed()
    {
        var response = (Kwiga.Sdk.Models.AffectedSubscriptionsResponse)(await Serve(Op("removeContactProducts"), """{"data":{"affected_by_offers":{"421":{"affected_subscriptions":[1,2],"affected_orders":[3]}}},"contact_id":5}"""))!;

        var entry = response.Data!.AffectedByOffers!.Entries["421"];
        Assert.That(entry.AffectedSubscriptions, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(entry.AffectedOrders, Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public async Task A_value_the_model_cannot_type_is_kept_raw_under_its_wire_name()
    {
        var result = (Kwiga.Sdk.Models.OfferResponse)(await Serve(Op("getOffer"), """{"data":{"id":1,"limit_of_sales":"unlimited"}}"""))!;


        Assert.That(result.Data!.LimitOfSales, Is.Null);
        Assert.That(result.Data.AdditionalData["limit_of_sales"], Is.EqualTo("unlimited"));
    }

    private static IEnumerable<TestCaseData> UnwrappingOperations() =>
        from operation in OperationCatalog.All
        where operation.Unwraps
        from example in ContractExamples.SuccessExamples(operation.OperationId)
        select new TestCaseData(operation, example.Value.ToJsonString()).SetArgDisplayNames($"{operation.OperationId} ({example.Name})");

    [TestCaseSource(nameof(UnwrappingOperations))]
    public async Task A_single_resource_call_returns_exactly_the_envelopes_data(OperationCase operation, string json)
    {
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(HttpStatusCode.OK, "application/json", json);

        var resource = await operation.Invoke(TestClients.Create(transport));

        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, resource);
        using var stream = writer.GetSerializedContent();
        var (leaves, lost) = JsonValueComparer.Compare(JsonNode.Parse(json)!["data"], await JsonNode.ParseAsync(stream));
        Assert.That(resource, Is.Not.Null.And.Not.InstanceOf<Kwiga.Sdk.Client.IDataEnvelope>());
        Assert.That(leaves, Is.GreaterThan(0));
        Assert.That(lost, Is.Empty);
    }

    private static OperationCase Op(string id) => OperationCatalog.All.Single(c => c.OperationId == id);

    private const string RobustnessCase = "robustness";

    private static TestCaseData Variant(string name, OperationCase operation, string json) =>
        new TestCaseData(operation, json).SetArgDisplayNames(name);

    /// <summary>A value no typed property can hold (checks that it is kept, not that it is typed).</summary>
    private static TestCaseData Robustness(string name, OperationCase operation, string json) =>
        Variant(name, operation, json).SetProperty(RobustnessCase, "true");

    private static async Task<(int Leaves, List<string> Lost)> RoundTrip(OperationCase operation, string json)
    {
        var model = await Serve(operation, json);
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var stream = writer.GetSerializedContent();
        var written = await JsonNode.ParseAsync(stream);
        return JsonValueComparer.Compare(JsonNode.Parse(json), written);
    }

    private static async Task<IParsable?> Serve(OperationCase operation, string json)
    {
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(HttpStatusCode.OK, "application/json", json);
        return await operation.InvokeWhole(TestClients.Create(transport));
    }
}
