using System.Diagnostics;
using System.Globalization;
using System.Net;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;

namespace Kwiga.Sdk.Tests.Faults;

/// <summary>
/// A KWIGA look-alike on loopback that misbehaves as networks and servers do, one fault per test. Each
/// asserts the exception the caller gets (always in the SDK's hierarchy, except the caller's own
/// cancellation), how many requests reached the server (a POST never twice), and that nothing logged or
/// thrown carries the credentials.
/// </summary>
public class FaultSuiteTests
{
    private const string Contact = """{"data":{"id":7,"email":"a@example.com"}}""";
    private const int MaxRetries = 2;

    [Test]
    public async Task Reset_before_the_headers_is_retried_for_a_get()
    {
        await using var server = await LoopbackServer.StartAsync((_, i) => i == 0 ? Reply.ResetBeforeHeaders() : Reply.Json(Contact));
        var run = Run(server);

        var contact = await run.Client.Contacts[7].GetAsync();

        Assert.That(contact.Id, Is.EqualTo(7));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        run.AssertNoSecrets();
    }

    [Test]
    public async Task Reset_before_the_headers_every_time_gives_a_transport_exception_after_the_retries()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.ResetBeforeHeaders());
        var run = Run(server);

        var error = await run.Fails<KwigaTransportException>(() => run.Client.Contacts[7].GetAsync());

        Assert.That(error.MayHaveReachedServer, Is.True);
        Assert.That(error.Details.Method, Is.EqualTo("GET"));
        Assert.That(error.Details.Path, Is.EqualTo("/contacts/7"));
        Assert.That(server.Requests, Has.Count.EqualTo(1 + MaxRetries));
    }

    [Test]
    public async Task Reset_before_the_headers_of_a_post_is_never_resent()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.ResetBeforeHeaders());
        var run = Run(server);

        var error = await run.Fails<KwigaTransportException>(() => run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" }));

        Assert.That(error.MayHaveReachedServer, Is.True, "the POST may have been processed");
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Reset_in_the_middle_of_the_body_is_retried_whole_for_a_get()
    {
        await using var server = await LoopbackServer.StartAsync((_, i) => i == 0 ? Reply.ResetMidBody(Contact) : Reply.Json(Contact));
        var run = Run(server);

        var contact = await run.Client.Contacts[7].GetAsync();

        Assert.That(contact.Email, Is.EqualTo("a@example.com"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Reset_in_the_middle_of_the_body_of_a_post_is_never_resent()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.ResetMidBody(Contact));
        var run = Run(server);

        var error = await run.Fails<KwigaTransportException>(() => run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" }));

        Assert.That(error.MayHaveReachedServer, Is.True);
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_post_query_alias_is_retried_like_its_get()
    {
        await using var server = await LoopbackServer.StartAsync((_, i) => i == 0
            ? Reply.Json("""{"message":"Down"}""", 503)
            : Reply.Json("""{"data":[{"id":1}],"meta":{"current_page":1,"last_page":1},"links":{}}"""));
        var run = Run(server);

        var contacts = new List<Models.Contact>();
        await foreach (var contact in run.Client.Contacts.Query.PostAllAsync(q => q.Search = "bond"))
        {
            contacts.Add(contact);
        }

        Assert.That(contacts, Has.Count.EqualTo(1));
        Assert.That(server.Requests.Select(r => (r.Method, r.Path)), Is.EqualTo(new[] { ("POST", "/contacts/query"), ("POST", "/contacts/query") }));
    }

    [Test]
    public async Task A_slow_response_past_the_timeout_gives_a_timeout_exception_after_the_retries()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.After(TimeSpan.FromSeconds(5), Reply.Json(Contact)));
        var run = Run(server, o => o.Timeout = TimeSpan.FromMilliseconds(300));

        var error = await run.Fails<KwigaTimeoutException>(() => run.Client.Contacts[7].GetAsync());

        Assert.That(error.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(error.MayHaveReachedServer, Is.True);
        Assert.That(server.Requests, Has.Count.EqualTo(1 + MaxRetries));
    }

    [Test]
    public async Task A_slow_response_to_a_post_times_out_once()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.After(TimeSpan.FromSeconds(5), Reply.Json(Contact)));
        var run = Run(server, o => o.Timeout = TimeSpan.FromMilliseconds(300));

        await run.Fails<KwigaTimeoutException>(() => run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" }));

        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task A_server_error_is_retried_for_a_get_and_never_for_a_post(int status)
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.Json("""{"message":"Server Error"}""", status));
        var run = Run(server);

        var get = await run.Fails<KwigaServerException>(() => run.Client.Contacts[7].GetAsync());
        var gets = server.Requests.Count;
        var post = await run.Fails<KwigaServerException>(() => run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" }));

        Assert.That(get.ResponseStatusCode, Is.EqualTo(status));
        Assert.That(post.ResponseStatusCode, Is.EqualTo(status));
        Assert.That(gets, Is.EqualTo(1 + MaxRetries));
        Assert.That(server.Requests.Count(r => r.Method == "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_html_page_answered_200_is_an_unexpected_response()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.Html("<html><body>Wi-Fi login</body></html>"));
        var run = Run(server);

        var error = await run.Fails<KwigaUnexpectedResponseException>(() => run.Client.Contacts[7].GetAsync());

        Assert.That(error.Details.BodyExcerpt, Does.Contain("Wi-Fi login"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Truncated_json_is_an_unexpected_response()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.Json("""{"data":{"id":7,"email":"a@exa"""));
        var run = Run(server);

        var error = await run.Fails<KwigaUnexpectedResponseException>(() => run.Client.Contacts[7].GetAsync());

        Assert.That(error.ResponseStatusCode, Is.EqualTo(200));
        Assert.That(error.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_429_storm_with_sixteen_callers_ends_with_every_post_done_once()
    {
        // The server's window: 4 requests a second; past it, 429 with Retry-After (not processed).
        var window = new FixedWindow(4, TimeSpan.FromSeconds(1));
        var processed = 0;
        await using var server = await LoopbackServer.StartAsync((_, _) =>
        {
            if (!window.TryTake(out var retryAfter))
            {
                return Reply.Json("""{"message":"Too Many Attempts."}""", 429, ("Retry-After", retryAfter.ToString(CultureInfo.InvariantCulture)));
            }

            Interlocked.Increment(ref processed);
            return Reply.Json(Contact);
        });
        var run = Run(server, o => o.RateLimit.Enabled = true);

        var calls = Enumerable.Range(0, 16).Select(i => run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = $"c{i}@example.com" })).ToList();
        var created = await Task.WhenAll(calls);

        var throttled = server.Requests.Count - processed;
        Assert.That(created.Select(c => c.Id), Has.All.EqualTo(7));
        Assert.That(processed, Is.EqualTo(16), "every POST processed exactly once");
        Assert.That(throttled, Is.GreaterThan(0), "the storm happened");
        TestContext.Out.WriteLine($"16 callers: {server.Requests.Count} requests, {throttled} × 429 waited out");
        run.AssertNoSecrets();
    }

    [Test]
    public async Task Retry_after_in_seconds_is_waited_out()
    {
        await using var server = await LoopbackServer.StartAsync((_, i) => i == 0
            ? Reply.Json("""{"message":"Too Many Attempts."}""", 429, ("Retry-After", "1"))
            : Reply.Json(Contact));
        var run = Run(server, o => o.RateLimit.Enabled = true);
        var clock = Stopwatch.StartNew();

        await run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" });

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
        Assert.That(server.Requests, Has.Count.EqualTo(2), "a 429 was not processed: resent once, for a POST too");
    }

    [Test]
    public async Task Retry_after_as_an_http_date_is_waited_out()
    {
        await using var server = await LoopbackServer.StartAsync((_, i) => i == 0
            ? Reply.Json("""{"message":"Too Many Attempts."}""", 429, ("Retry-After", DateTimeOffset.UtcNow.AddSeconds(2).ToString("r", CultureInfo.InvariantCulture)))
            : Reply.Json(Contact));
        var run = Run(server, o => o.RateLimit.Enabled = true);
        var clock = Stopwatch.StartNew();

        await run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" });

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)), "the date is read as a date (whole seconds)");
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_refused_connection_never_reached_the_server()
    {
        var port = LoopbackServer.FreePort();
        var run = Run(new Uri($"http://127.0.0.1:{port}"));

        var error = await run.Fails<KwigaTransportException>(() => run.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "a@example.com" }));

        Assert.That(error.MayHaveReachedServer, Is.False, "safe to send again");
        Assert.That(error.Message, Does.Contain("refused"));
    }

    [Test]
    public async Task A_tls_failure_never_reached_the_server_and_names_its_cause()
    {
        // https to a server that speaks plain http: the handshake fails.
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.Json(Contact));
        var run = Run(new Uri($"https://127.0.0.1:{server.BaseUrl.Port}"));

        var error = await run.Fails<KwigaTransportException>(() => run.Client.Contacts[7].GetAsync());

        Assert.That(error.MayHaveReachedServer, Is.False);
        Assert.That(error.Message, Does.Contain("TLS").And.Contain("Cause:"), "the root cause, not 'see inner exception'");
    }

    [Test]
    public async Task The_callers_cancellation_stays_an_operation_canceled_exception()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.After(TimeSpan.FromSeconds(5), Reply.Json(Contact)));
        var run = Run(server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(() => run.Client.Contacts[7].GetAsync(cancellationToken: cancel.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1), "cancellation is not retried");
    }

    private static FaultRun Run(LoopbackServer server, Action<KwigaOptions>? configure = null) => Run(server.BaseUrl, configure);

    private static FaultRun Run(Uri baseUrl, Action<KwigaOptions>? configure = null)
    {
        var token = "tok-" + Guid.NewGuid().ToString("N");
        var cabinet = "cab-" + Guid.NewGuid().ToString("N");
        var logs = new CapturingLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = TestClients.Options(o =>
        {
            o.Token = token;
            o.CabinetHash = cabinet;
            o.BaseUrl = baseUrl;
            o.Retry.MaxRetries = MaxRetries;
            o.Timeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(o);
        });
        return new FaultRun(KwigaClientFactory.Create(options, factory), logs, token, cabinet);
    }

    /// <summary>A client for one fault, with what it logged and threw.</summary>
    private sealed class FaultRun(KwigaClient client, CapturingLoggerProvider logs, string token, string cabinet)
    {
        private readonly List<Exception> _thrown = [];

        public KwigaClient Client { get; } = client;

        /// <summary>The call must throw exactly <typeparamref name="T"/> (a subclass is another answer).</summary>
        public async Task<T> Fails<T>(Func<Task> call)
            where T : KwigaApiException
        {
            try
            {
                await call();
            }
            catch (Exception e)
            {
                _thrown.Add(e);
                Assert.That(e, Is.TypeOf<T>(), e.ToString());
                AssertNoSecrets();
                return (T)e;
            }

            Assert.Fail($"expected {typeof(T).Name}, the call succeeded");
            return null!;
        }

        public void AssertNoSecrets()
        {
            var everything = logs.All + string.Join("\n", _thrown.Select(e => e.ToString()));
            Assert.That(everything, Does.Not.Contain(token).And.Not.Contain(cabinet));
        }
    }

    /// <summary>Laravel's throttle: a fixed window from its first hit.</summary>
    private sealed class FixedWindow(int limit, TimeSpan length)
    {
        private readonly object _gate = new();
        private DateTime _start = DateTime.MinValue;
        private int _count;

        public bool TryTake(out int retryAfterSeconds)
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (now - _start >= length)
                {
                    (_start, _count) = (now, 0);
                }

                retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((_start + length - now).TotalSeconds));
                return ++_count <= limit;
            }
        }
    }
}
