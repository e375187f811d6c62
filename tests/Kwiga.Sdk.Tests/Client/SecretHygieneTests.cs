using System.Net;
using Kwiga.Sdk.Authentication;
using Kwiga.Sdk.Errors;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>The token and cabinet hash never appear in logs, exception messages or ToString().</summary>
public class SecretHygieneTests
{
    [Test]
    public async Task Logs_and_errors_of_a_busy_session_never_contain_the_credentials()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var transport = new MockHttpMessageHandler();
        transport.When(HttpMethod.Get, "https://api.kwiga.com/timezones").Respond("application/json", """{"data":[]}""");
        transport.When(HttpMethod.Get, "https://api.kwiga.com/contacts/1").Respond(HttpStatusCode.Unauthorized, "application/json", """{"message":"Unauthenticated."}""");
        transport.When(HttpMethod.Post, "*").Respond(HttpStatusCode.UnprocessableEntity, "application/json", """{"message":"Invalid.","errors":{"email":["Invalid."]}}""");
        var client = TestClients.Create(transport, o => o.Retry.MaxRetries = 0, factory);

        await client.Timezones.GetAsync();
        var errors = new List<Exception>
        {
            Assert.ThrowsAsync<KwigaAuthenticationException>(() => client.Contacts[1].GetAsync())!,
            Assert.ThrowsAsync<KwigaValidationException>(() => client.Contacts.PostAsync(new Models.ContactCreateRequest { Email = "x" }))!,
        };

        var everything = string.Join("\n", logs.Lines) + string.Join("\n", errors.Select(e => e.ToString()));
        Assert.That(logs.Lines, Is.Not.Empty, "the SDK logs its requests");
        Assert.That(everything, Does.Not.Contain(TestClients.Token));
        Assert.That(everything, Does.Not.Contain(TestClients.CabinetHash));
    }

    [Test]
    public void ToString_of_options_and_authentication_hides_the_credentials()
    {
        var options = TestClients.Options();
        var provider = new KwigaAuthenticationProvider(TestClients.Token, TestClients.CabinetHash, options.BaseUrl);

        var text = options + " " + provider;

        Assert.That(text, Does.Not.Contain(TestClients.Token).And.Not.Contain(TestClients.CabinetHash));
        Assert.That(text, Does.Contain("***"));
    }

    [Test]
    public async Task Credentials_are_not_sent_to_another_host()
    {
        using var transport = new MockHttpMessageHandler();
        HttpRequestMessage? sent = null;
        transport.Fallback.Respond(r =>
        {
            sent = r;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":[]}""", System.Text.Encoding.UTF8, "application/json") };
        });
        var client = TestClients.Create(transport);

        await client.Timezones.WithUrl("https://elsewhere.example.com/timezones").GetAsync();

        Assert.That(sent!.Headers.Contains("Token"), Is.False);
        Assert.That(sent.Headers.Contains("Cabinet-Hash"), Is.False);
    }
}
