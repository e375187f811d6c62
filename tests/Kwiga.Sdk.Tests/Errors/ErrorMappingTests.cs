using System.Net;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Kiota.Abstractions;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Errors;

/// <summary>Every failed status reaches the caller as a typed exception, whatever the body.</summary>
public class ErrorMappingTests
{
    private static KwigaClient Client(MockHttpMessageHandler transport) => TestClients.Create(transport, o =>
    {
        o.Retry.MaxRetries = 0;
        o.RateLimit.MaxWait = TimeSpan.Zero;
    });

    [TestCase(400, typeof(KwigaApiException))]
    [TestCase(401, typeof(KwigaAuthenticationException))]
    [TestCase(403, typeof(KwigaAuthenticationException))]
    [TestCase(404, typeof(KwigaNotFoundException))]
    [TestCase(405, typeof(KwigaApiException))]
    [TestCase(422, typeof(KwigaValidationException))]
    [TestCase(429, typeof(KwigaRateLimitException))]
    [TestCase(500, typeof(KwigaServerException))]
    [TestCase(503, typeof(KwigaServerException))]
    public void Status_maps_to_its_exception_type_with_the_server_message(int status, Type expected)
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond((HttpStatusCode)status, "application/json", """{"message":"Server says no."}""");

        var error = Assert.ThrowsAsync(Is.InstanceOf(expected), () => Client(transport).Contacts[5].GetAsync()) as KwigaApiException;

        Assert.That(error!.GetType(), Is.EqualTo(expected));
        Assert.That(error.ResponseStatusCode, Is.EqualTo(status));
        Assert.That(error.ServerMessage, Is.EqualTo("Server says no."));
        Assert.That(error.Message, Does.Contain($"{status}").And.Contain("GET /contacts/5").And.Contain("Server says no."));
        Assert.That(error, Is.InstanceOf<ApiException>(), "Kiota's own catch blocks keep working");
    }

    [Test]
    public void Validation_error_exposes_the_field_to_messages_map()
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond((HttpStatusCode)422, "application/json",
            """{"message":"The email field is required. (and 1 more error)","errors":{"email":["The email field is required."],"additional_fields.0.value":["Too long.","Bad."]}}""");

        var error = Assert.ThrowsAsync<KwigaValidationException>(() =>
            Client(transport).Contacts.PostAsync(new Models.ContactCreateRequest()));

        Assert.That(error!.Errors["email"], Is.EqualTo(new[] { "The email field is required." }));
        Assert.That(error.Errors["additional_fields.0.value"], Is.EqualTo(new[] { "Too long.", "Bad." }));
    }

    [Test]
    public void Rate_limit_error_carries_retry_after_limit_and_reset()
    {
        using var transport = new MockHttpMessageHandler();
        var response = new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("""{"message":"Too Many Attempts."}""") };
        response.Headers.Add("Retry-After", "42");
        response.Headers.Add("X-RateLimit-Limit", "200");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset", "1714000042");
        transport.When("*").Respond(_ => response);

        var error = Assert.ThrowsAsync<KwigaRateLimitException>(() => Client(transport).Timezones.GetAsync());

        Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(error.Limit, Is.EqualTo(200));
        Assert.That(error.ResetAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1714000042)));
    }

    [TestCase("text/html", "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>", "502 Bad Gateway")]
    [TestCase("application/json", """{"message":"Server Err""", """{"message":"Server Err""")]
    [TestCase("application/json", "", null)]
    [TestCase("application/json", "[1,2,3]", "[1,2,3]")]
    public void A_body_that_is_not_a_kwiga_error_still_gives_the_typed_exception(string contentType, string body, string? excerpt)
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.BadGateway, contentType, body);

        var error = Assert.ThrowsAsync<KwigaServerException>(() => Client(transport).Timezones.GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(502));
        Assert.That(error.ServerMessage, Is.Null);
        Assert.That(error.Details.BodyExcerpt, excerpt is null ? Is.Null : Does.Contain(excerpt));
        Assert.That(error.Message, Does.StartWith("KWIGA API answered 502"));
    }

    [Test]
    public void A_long_proxy_page_is_cut_to_a_short_excerpt()
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.ServiceUnavailable, "text/html", "<html>" + new string('x', 100_000) + "</html>");

        var error = Assert.ThrowsAsync<KwigaServerException>(() => Client(transport).Contacts.PostAsync(new Models.ContactCreateRequest()));

        Assert.That(error!.Details.BodyExcerpt!.Length, Is.LessThanOrEqualTo(201));
    }

    [Test]
    public void The_query_string_is_not_part_of_the_error()
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.NotFound, "application/json", """{"message":"Not found."}""");

        var error = Assert.ThrowsAsync<KwigaNotFoundException>(() =>
            Client(transport).Contacts.GetAsync(r => r.QueryParameters.Emails = ["private.person@example.com"]));

        Assert.That(error!.Message, Does.Not.Contain("private.person"));
        Assert.That(error.Details.Path, Is.EqualTo("/contacts"));
    }
}
