using System.Net;
using Kwiga.Sdk.Tests.Support;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;
using Kwiga.Sdk.Authentication;

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
    public async Task No_log_line_of_any_category_carries_the_credentials_on_any_path([Values] ConstructionPath path)
    {
        // Secrets of this test only, so the rate limiter's budget (per token) is this test's alone.
        var token = "tok-" + Guid.NewGuid().ToString("N");
        var cabinet = "cab-" + Guid.NewGuid().ToString("N");
        int failed = 0, throttled = 0;
        await using var server = await LoopbackServer.StartAsync((request, _) => request.Path switch
        {
            "/contacts/1" when Interlocked.Exchange(ref failed, 1) == 0 => Reply.Json("""{"message":"Down"}""", 503),
            "/contacts/1" => Reply.Json("""{"data":{"id":1,"email":"a@example.com"}}"""),
            "/courses" when Interlocked.Exchange(ref throttled, 1) == 0 => Reply.Json("""{"message":"Too Many Attempts."}""", 429, ("Retry-After", "0"), ("X-RateLimit-Limit", "200")),
            "/contacts/2" => Reply.Json("""{"message":"No query results."}""", 404),
            _ => Reply.Json("""{"data":[]}"""),
        });
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl, o =>
        {
            o.Token = token;
            o.CabinetHash = cabinet;
            o.RateLimit.Enabled = true;
        });

        await kwiga.Client.Timezones.GetAsync();
        var retried = await kwiga.Client.Contacts[1].GetAsync();
        await kwiga.Client.Courses.GetAsync();
        var error = Assert.ThrowsAsync<KwigaNotFoundException>(() => kwiga.Client.Contacts[2].GetAsync());

        var everything = kwiga.Logs.All + "\n" + error + "\n" + retried;
        Assert.Multiple(() =>
        {
            Assert.That(server.Requests.Count(r => r.PathAndQuery == "/contacts/1"), Is.EqualTo(2), "a retry happened");
            Assert.That(server.Requests.Count(r => r.PathAndQuery == "/courses"), Is.EqualTo(2), "a 429 was waited out and resent");
            Assert.That(server.Requests.All(r => r.Headers.GetValueOrDefault("Token") == token), Is.True, "every request carried the token");
            Assert.That(kwiga.Logs.Lines, Has.Count.GreaterThanOrEqualTo(6), "the SDK logged every attempt, the retry and the wait");
            Assert.That(everything, Does.Not.Contain(token));
            Assert.That(everything, Does.Not.Contain(cabinet));
        });
        if (path == ConstructionPath.GenericHost)
        {
            Assert.That(kwiga.Logs.All, Does.Contain("Token: *"), "IHttpClientFactory logged the headers, redacted");
        }
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
