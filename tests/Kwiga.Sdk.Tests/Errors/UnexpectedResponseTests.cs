using System.Net;
using System.Text.Json;
using Kwiga.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Errors;

/// <summary>
/// A success status whose body is not the JSON the operation returns (a proxy's HTML page answered
/// 200, a truncated body) reaches the caller as a typed exception with the status and the request
/// line, never as a parser's or Kiota's own exception, and the request is not sent again.
/// </summary>
public class UnexpectedResponseTests
{
    private const string LoginPage = "<html><head><title>Wi-Fi login</title></head><body>Please sign in to continue</body></html>";

    [Test]
    public void An_html_page_answered_200_gives_the_typed_exception_with_an_excerpt()
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.OK, "text/html", LoginPage);

        var error = Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() => TestClients.Create(transport).Contacts[5].GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(200));
        Assert.That(error.Details.Method, Is.EqualTo("GET"));
        Assert.That(error.Details.Path, Is.EqualTo("/contacts/5"));
        Assert.That(error.Details.BodyExcerpt, Does.Contain("Please sign in to continue"));
        Assert.That(error.Message, Does.StartWith("KWIGA API answered 200 OK to GET /contacts/5").And.Contain("text/html"));
        Assert.That(error, Is.InstanceOf<KwigaApiException>(), "one catch for every KWIGA failure");
    }

    [TestCase("""{"data":{"id":5,"email":"a@b.c","first_na""", TestName = "Truncated JSON")]
    [TestCase("<html><body>Please sign in</body></html>", TestName = "HTML labelled as JSON")]
    [TestCase("""{"data":{"id":5}} trailing""", TestName = "JSON with trailing garbage")]
    public void A_body_that_does_not_parse_gives_the_typed_exception_with_the_status(string body)
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.OK, "application/json", body);

        var error = Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() => TestClients.Create(transport).Contacts[5].GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(200));
        Assert.That(error.Message, Does.StartWith("KWIGA API answered 200 OK to GET /contacts/5 with a body that is not the expected JSON"));
        Assert.That(error.InnerException, Is.InstanceOf<JsonException>(), "the parser's own error, for the details");
    }

    [Test]
    public void The_status_is_the_one_the_server_sent()
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.Created, "application/json", """{"data":{"id":""");

        var error = Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() =>
            TestClients.Create(transport).Contacts.PostAsync(new Models.ContactCreateRequest { Email = "a@b.c" }));

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(201));
        Assert.That(error.Details.Method, Is.EqualTo("POST"));
    }

    [Test]
    public void A_post_answered_with_a_page_of_another_type_is_not_sent_again()
    {
        using var transport = new MockHttpMessageHandler();
        var sent = transport.When("*").Respond(HttpStatusCode.OK, "text/html", LoginPage);

        Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() =>
            TestClients.Create(transport).Contacts.PostAsync(new Models.ContactCreateRequest { Email = "a@b.c" }));

        Assert.That(transport.GetMatchCount(sent), Is.EqualTo(1), "the server may have processed it");
    }

    [Test]
    public void The_secrets_are_not_in_the_exception()
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.OK, "text/html", LoginPage);

        var error = Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() => TestClients.Create(transport).Timezones.GetAsync());

        Assert.That(error!.ToString(), Does.Not.Contain(TestClients.Token).And.Not.Contain(TestClients.CabinetHash));
    }

    [TestCase("application/json")]
    [TestCase("application/problem+json")]
    public async Task Json_answers_are_read_as_before(string contentType)
    {
        using var transport = new MockHttpMessageHandler();
        transport.When("*").Respond(HttpStatusCode.OK, contentType, """{"data":[{"id":1,"name":"Europe/Kyiv"}]}""");

        var zones = await TestClients.Create(transport).Timezones.GetAsync();

        Assert.That(zones!.Data![0].Name, Is.EqualTo("Europe/Kyiv"));
    }

    [Test]
    public async Task An_empty_success_body_is_no_result_not_an_error()
    {
        using var transport = new MockHttpMessageHandler();
        var sent = transport.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.NoContent) { Content = new ByteArrayContent([]) });

        var result = await TestClients.Create(transport).Contacts[125].Products[299].DeleteAsync();

        Assert.That(result, Is.Null);
        Assert.That(transport.GetMatchCount(sent), Is.EqualTo(1));
    }
}
