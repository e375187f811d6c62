using System.Diagnostics;
using System.Net;
using Kwiga.Sdk.Tests.Support;
using Kwiga.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kwiga.Sdk.Tests.Observability;

/// <summary>
/// What a metrics and tracing listener sees of the SDK's behaviour: waits for the budget, 429s, retries,
/// pages and unusable responses, each counted with its operation and reason.
/// </summary>
public class TelemetryScenarioTests
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp() => _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task A_throttled_run_records_its_waits_for_the_budget_and_no_429()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));
        var client = Client(transport, o => o.RateLimit.PermitLimit = 2);
        using var capture = new TelemetryCapture();

        var calls = Enumerable.Range(0, 4).Select(_ => client.Timezones.GetAsync()).ToList();
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(2), "two permits, two requests; two wait");
        Assert.That(capture.Sum("kwiga.client.rate_limit.queued"), Is.EqualTo(2), "two requests queued right now");
        _time.Advance(TimeSpan.FromSeconds(61));
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(5));
        capture.Stop();

        var waits = capture.Of("kwiga.client.rate_limit.wait.duration");
        Assert.Multiple(() =>
        {
            Assert.That(waits.Select(w => w.Tag("kwiga.rate_limit.wait.reason")), Is.All.EqualTo("budget"));
            Assert.That(waits.Select(w => w.Tag("kwiga.operation")), Is.All.EqualTo("GET /timezones"));
            Assert.That(waits.Select(w => w.Value).Order(), Is.EqualTo(new[] { 0, 0, 61, 61 }), "immediate permits wait 0 s; the others the window (fake clock)");
            Assert.That(waits.Any(w => w.Tag("error.type") is not null), Is.False);
            Assert.That(capture.Sum("kwiga.client.rate_limit.queued"), Is.EqualTo(0), "the queue is empty again");
            Assert.That(capture.Of("kwiga.client.rate_limit.queued").Count(m => m.Value > 0), Is.EqualTo(2));
            Assert.That(capture.Sum("kwiga.client.throttled"), Is.EqualTo(0), "no 429: the budget held the requests back");
            Assert.That(capture.Of("kwiga.client.operation.duration"), Has.Count.EqualTo(4));
            var waitSpans = capture.SdkSpans.Where(s => s.OperationName == "kwiga.rate_limit.wait").ToList();
            Assert.That(waitSpans, Has.Count.EqualTo(2), "a span only for the waits that waited");
            var operations = capture.SdkSpans.Where(s => s.DisplayName == "GET /timezones").Select(s => s.SpanId).ToHashSet();
            Assert.That(waitSpans.All(w => operations.Contains(w.ParentSpanId)), Is.True, "each wait is a child of its call's span");
        });
    }

    [Test]
    public async Task A_503_then_200_records_one_retry_for_a_server_error()
    {
        var transport = new ScriptedTransport((_, i) => i == 0 ? ScriptedTransport.Json("""{"message":"Down"}""", HttpStatusCode.ServiceUnavailable) : ScriptedTransport.Json("""{"data":{"id":7}}"""));
        var client = Client(transport, time: TimeProvider.System); // the retry's 1 ms back-off on the real clock
        using var capture = new TelemetryCapture();

        await client.Contacts[7].GetAsync();
        capture.Stop();

        var attempts = capture.Of("kwiga.client.request.duration");
        var span = capture.SdkSpans.Single(s => s.DisplayName == "GET /contacts/{contact}");
        var retry = span.Events.Single(e => e.Name == "kwiga.retry").Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Multiple(() =>
        {
            Assert.That(capture.Sum("kwiga.client.retries"), Is.EqualTo(1));
            Assert.That(capture.Sum("kwiga.client.retries", ("kwiga.retry.reason", "server_error"), ("kwiga.operation", "GET /contacts/{contact}")), Is.EqualTo(1));
            Assert.That(attempts.Select(a => (a.Tag("http.response.status_code"), a.Tag("error.type"))), Is.EqualTo(new[] { ("503", "503"), ("200", (string?)null) }));
            Assert.That(capture.Of("kwiga.client.operation.duration").Single().Tag("http.response.status_code"), Is.EqualTo("200"));
            Assert.That(capture.Of("kwiga.client.operation.duration").Single().Tag("error.type"), Is.Null, "the call succeeded");
            Assert.That(retry["kwiga.retry.reason"], Is.EqualTo("server_error"));
            Assert.That(retry["kwiga.retry.attempt"], Is.EqualTo(2), "the attempt about to be sent");
            Assert.That(retry["http.response.status_code"], Is.EqualTo(503));
            Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset));
        });
    }

    [TestCase("reset", "transport_error", "System.Net.Http.HttpRequestException")]
    [TestCase("timeout", "timeout", "System.TimeoutException")]
    public async Task A_failed_attempt_carries_its_exception_type_and_its_resend_the_reason(string failure, string reason, string errorType)
    {
        var transport = new ScriptedTransport(
            (_, i) => i == 0 && failure == "reset" ? throw new HttpRequestException("connection reset") : ScriptedTransport.Json("""{"data":[]}"""),
            before: (_, i) => i == 0 && failure == "timeout" ? Task.Delay(TimeSpan.FromSeconds(30)) : Task.CompletedTask);
        var client = Client(transport, o => o.Timeout = TimeSpan.FromMilliseconds(200), TimeProvider.System);
        using var capture = new TelemetryCapture();

        await client.Timezones.GetAsync();
        capture.Stop();

        var attempts = capture.Of("kwiga.client.request.duration");
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Select(a => a.Tag("error.type")), Is.EqualTo(new[] { errorType, null }));
            Assert.That(attempts[0].Tag("http.response.status_code"), Is.Null, "no response");
            Assert.That(capture.Sum("kwiga.client.retries", ("kwiga.retry.reason", reason)), Is.EqualTo(1));
            Assert.That(capture.Of("kwiga.client.operation.duration").Single().Tag("error.type"), Is.Null, "the resend succeeded");
        });
    }

    [Test]
    public async Task A_429_is_counted_and_its_resend_is_a_retry_for_throttling()
    {
        var transport = new ScriptedTransport((_, i) => i == 0 ? TooMany(7) : ScriptedTransport.Json("""{"data":[]}"""));
        var client = Client(transport);
        using var capture = new TelemetryCapture();

        var call = client.Timezones.GetAsync();
        await Settle();
        _time.Advance(TimeSpan.FromSeconds(7));
        await call.WaitAsync(TimeSpan.FromSeconds(5));
        capture.Stop();

        var waited = capture.Of("kwiga.client.rate_limit.wait.duration").Where(w => w.Tag("kwiga.rate_limit.wait.reason") == "retry_after").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(transport.Count, Is.EqualTo(2));
            Assert.That(capture.Sum("kwiga.client.throttled", ("kwiga.operation", "GET /timezones")), Is.EqualTo(1));
            Assert.That(capture.Sum("kwiga.client.retries", ("kwiga.retry.reason", "throttled")), Is.EqualTo(1));
            Assert.That(capture.Sum("kwiga.client.retries"), Is.EqualTo(1), "the 429 is resent once, by the rate limiter alone");
            Assert.That(waited.Select(w => w.Value), Is.EqualTo(new[] { 7.0 }), "the delay the server asked for");
            Assert.That(capture.SdkSpans.Count(s => s.OperationName == "kwiga.rate_limit.wait"), Is.EqualTo(1));
            var retry = capture.SdkSpans.Single(s => s.DisplayName == "GET /timezones").Events.Single(e => e.Name == "kwiga.retry");
            Assert.That(retry.Tags.First(t => t.Key == "kwiga.retry.reason").Value, Is.EqualTo("throttled"));
            Assert.That(retry.Tags.First(t => t.Key == "kwiga.retry.delay").Value, Is.EqualTo(7.0));
        });
    }

    [Test]
    public async Task An_auto_paginated_list_counts_its_pages_and_each_page_is_its_own_call()
    {
        var transport = new ScriptedTransport((_, i) => ScriptedTransport.Json(
            """{"data":[{"id":N}],"meta":{"current_page":N,"last_page":3,"per_page":1,"total":3}}""".Replace("N", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        var client = Client(transport, time: TimeProvider.System);
        using var capture = new TelemetryCapture();

        var items = 0;
        await foreach (var _ in client.Contacts.GetAllAsync(q => q.Search = "x"))
        {
            items++;
        }

        capture.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(items, Is.EqualTo(3));
            Assert.That(capture.Sum("kwiga.client.pages", ("kwiga.operation", "GET /contacts")), Is.EqualTo(3));
            Assert.That(capture.SdkSpans.Select(s => s.DisplayName), Is.EqualTo(new[] { "GET /contacts", "GET /contacts", "GET /contacts" }),
                "one span per page request, none for the enumeration");
        });
    }

    [TestCase("html", "content_type")]
    [TestCase("truncated", "invalid_json")]
    [TestCase("no-data", "missing_data")]
    public async Task An_unusable_success_response_is_counted_by_its_reason(string body, string reason)
    {
        var transport = new ScriptedTransport((_, _) => body switch
        {
            "html" => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>portal</html>", System.Text.Encoding.UTF8, "text/html") },
            "truncated" => ScriptedTransport.Json("""{"data":{"id":7,"ema"""),
            _ => ScriptedTransport.Json("""{"meta":{}}"""),
        });
        var client = Client(transport);
        using var capture = new TelemetryCapture();

        Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() => client.Contacts[7].GetAsync());
        capture.Stop();

        var counted = capture.Of("kwiga.client.unexpected_responses").Single();
        var operation = capture.Of("kwiga.client.operation.duration").Single();
        var span = capture.SdkSpans.Single();
        Assert.Multiple(() =>
        {
            Assert.That(counted.Tag("kwiga.unexpected_response.reason"), Is.EqualTo(reason));
            Assert.That(counted.Tag("http.response.status_code"), Is.EqualTo("200"));
            Assert.That(counted.Tag("kwiga.operation"), Is.EqualTo("GET /contacts/{contact}"));
            Assert.That(operation.Tag("error.type"), Is.EqualTo("Kwiga.Sdk.KwigaUnexpectedResponseException"), "the type the caller got");
            Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(span.StatusDescription, Is.Null, "no message: it may carry values");
            Assert.That(span.Events.Any(e => e.Name == "exception"), Is.False);
        });
    }

    [Test]
    public async Task A_permit_refused_because_the_queue_is_full_records_queue_full()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));
        var client = Client(transport, o =>
        {
            o.RateLimit.PermitLimit = 1;
            o.RateLimit.QueueLimit = 0;
        });
        using var capture = new TelemetryCapture();

        await client.Timezones.GetAsync();
        Assert.ThrowsAsync<KwigaRateLimitException>(() => client.Timezones.GetAsync());
        capture.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(capture.Of("kwiga.client.rate_limit.wait.duration").Select(w => w.Tag("error.type")), Is.EqualTo(new[] { null, "queue_full" }));
            Assert.That(capture.Of("kwiga.client.operation.duration").Select(w => w.Tag("error.type")), Is.EqualTo(new[] { null, "Kwiga.Sdk.KwigaRateLimitException" }));
            Assert.That(capture.Of("kwiga.client.operation.duration")[1].Tag("http.response.status_code"), Is.Null, "nothing was sent");
            Assert.That(capture.Of("kwiga.client.request.duration"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_permit_not_granted_within_the_maximum_wait_records_max_wait()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));
        var client = Client(transport, o =>
        {
            o.RateLimit.PermitLimit = 1;
            o.RateLimit.MaxWait = TimeSpan.FromSeconds(5);
        });
        using var capture = new TelemetryCapture();

        await client.Timezones.GetAsync();
        var refused = client.Timezones.GetAsync();
        await Settle();
        Assert.That(capture.Sum("kwiga.client.rate_limit.queued"), Is.EqualTo(1));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.ThrowsAsync<KwigaRateLimitException>(() => refused.WaitAsync(TimeSpan.FromSeconds(5)));
        capture.Stop();

        var waits = capture.Of("kwiga.client.rate_limit.wait.duration");
        var waitSpan = capture.SdkSpans.Single(s => s.OperationName == "kwiga.rate_limit.wait");
        Assert.Multiple(() =>
        {
            Assert.That(waits.Select(w => w.Tag("error.type")), Is.EqualTo(new[] { null, "max_wait" }));
            Assert.That(waits[1].Value, Is.EqualTo(5).Within(0.001), "waited the whole MaxWait");
            Assert.That(capture.Sum("kwiga.client.rate_limit.queued"), Is.EqualTo(0), "a refused request leaves the queue");
            Assert.That(waitSpan.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(waitSpan.GetTagItem("error.type"), Is.EqualTo("max_wait"));
        });
    }

    private KwigaClient Client(ScriptedTransport transport, Action<KwigaOptions>? configure = null, TimeProvider? time = null) =>
        KwigaClientFactory.Create(
            TestClients.Options(o =>
            {
                // A token of its own: the budget is per token and process-wide.
                o.Token = "telemetry-test-" + Guid.NewGuid().ToString("N");
                o.RateLimit.Enabled = true;
                configure?.Invoke(o);
            }),
            timeProvider: time ?? _time,
            transport: transport);

    private static HttpResponseMessage TooMany(int seconds)
    {
        var response = ScriptedTransport.Json("""{"message":"Too Many Attempts."}""", (HttpStatusCode)429);
        response.Headers.Add("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    /// <summary>Lets continuations queued by the fake clock run.</summary>
    private static async Task Settle()
    {
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(5);
        }
    }
}
