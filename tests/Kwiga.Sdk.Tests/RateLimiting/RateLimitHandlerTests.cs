using System.Net;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kwiga.Sdk.Tests.RateLimiting;

/// <summary>The per-token budget, its resynchronisation and 429 handling, on a fake clock.</summary>
public class RateLimitHandlerTests
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp() => _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Two_clients_with_one_token_share_one_budget_and_another_token_does_not()
    {
        var token = UniqueToken();
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));
        var first = Client(transport, token, permits: 3);
        var second = Client(transport, token, permits: 3);
        var other = Client(transport, UniqueToken(), permits: 3);

        for (var i = 0; i < 3; i++)
        {
            await first.Timezones.GetAsync();
        }

        var queued = second.Timezones.GetAsync();
        await other.Timezones.GetAsync();
        await Settle();

        Assert.That(queued.IsCompleted, Is.False, "the second client waits for the shared budget");
        Assert.That(transport.Count, Is.EqualTo(4), "three from the first client, one from the other token");

        _time.Advance(TimeSpan.FromSeconds(61));
        await queued.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(transport.Count, Is.EqualTo(5));
    }

    [Test]
    public async Task Requests_over_budget_queue_instead_of_failing_and_a_permit_returns_only_after_a_full_window()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));
        var client = Client(transport, UniqueToken(), permits: 2, maxWait: TimeSpan.FromMinutes(10));

        var calls = Enumerable.Range(0, 5).Select(_ => client.Timezones.GetAsync()).ToList();
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(2));

        _time.Advance(TimeSpan.FromSeconds(59));
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(2), "a server window that started with the first request still holds them");

        _time.Advance(TimeSpan.FromSeconds(2));
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(4));

        _time.Advance(TimeSpan.FromSeconds(61));
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(transport.Count, Is.EqualTo(5));
        Assert.That(calls.All(c => c.IsCompletedSuccessfully), Is.True);
    }

    [Test]
    public async Task The_servers_remaining_count_resynchronises_the_local_budget()
    {
        var transport = new ScriptedTransport((_, _) =>
        {
            var response = ScriptedTransport.Json("""{"data":[]}""");
            response.Headers.Add("X-RateLimit-Limit", "200");
            response.Headers.Add("X-RateLimit-Remaining", "0");
            return response;
        });
        var client = Client(transport, UniqueToken(), permits: 200);

        await client.Timezones.GetAsync();
        var next = client.Timezones.GetAsync();
        await Settle();

        Assert.That(next.IsCompleted, Is.False, "another process spent the budget: the server said 0 remain");
        _time.Advance(TimeSpan.FromSeconds(61));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(transport.Count, Is.EqualTo(2));
    }

    [TestCase("seconds")]
    [TestCase("http-date")]
    [TestCase("reset-only")]
    public async Task A_429_is_resent_after_the_servers_delay_even_for_a_post(string form)
    {
        var delay = form == "http-date" ? TimeSpan.FromSeconds(90) : TimeSpan.FromSeconds(7);
        var transport = new ScriptedTransport((_, i) => i == 0 ? TooMany(form, delay) : ScriptedTransport.Json("""{"data":{"can_use":true}}"""));
        var client = Client(transport, UniqueToken(), permits: 200);

        var call = client.Coupons.Check.PostAsync(new Models.CouponCheckRequest { Code = "X" });
        await Settle();
        _time.Advance(delay - TimeSpan.FromSeconds(1));
        await Settle();
        Assert.That(call.IsCompleted, Is.False, $"still waiting the {delay.TotalSeconds} s the server asked for");
        Assert.That(transport.Count, Is.EqualTo(1));

        _time.Advance(TimeSpan.FromSeconds(2));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(result.CanUse, Is.True);
        Assert.That(transport.Count, Is.EqualTo(2));
        Assert.That(transport.Requests.Last().Body, Is.EqualTo("""{"code":"X"}"""), "the same body is resent");
    }

    [Test]
    public async Task After_a_429_that_empties_the_budget_the_token_waits_for_the_servers_window_not_its_own()
    {
        // Laravel's 429: Remaining 0 (the local budget is emptied for every caller of the token) and the
        // seconds until its window ends. Both the resend and a caller queued behind it go then.
        var transport = new ScriptedTransport((_, i) =>
        {
            if (i > 0)
            {
                return ScriptedTransport.Json("""{"data":[]}""");
            }

            var response = TooMany("seconds", TimeSpan.FromSeconds(7));
            response.Headers.Add("X-RateLimit-Remaining", "0");
            return response;
        });
        var client = Client(transport, UniqueToken(), permits: 200);

        var throttled = client.Timezones.GetAsync();
        await Settle();
        var queued = client.Timezones.GetAsync();
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(1), "the budget is empty until the server's window ends");

        _time.Advance(TimeSpan.FromSeconds(8));
        await Task.WhenAll(throttled, queued).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(transport.Count, Is.EqualTo(3), "8 s, not the 61 s of a whole window of our own");
    }

    [Test]
    public async Task Past_the_maximum_wait_the_caller_gets_the_rate_limit_exception()
    {
        var transport = new ScriptedTransport((_, _) => TooMany("seconds", TimeSpan.FromMinutes(10)));
        var client = Client(transport, UniqueToken(), permits: 200);

        var error = Assert.ThrowsAsync<KwigaRateLimitException>(() => client.Timezones.GetAsync());

        Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(transport.Count, Is.EqualTo(1));
        await Task.CompletedTask;
    }

    [Test]
    public void A_request_can_lower_its_own_maximum_wait()
    {
        var transport = new ScriptedTransport((_, _) => TooMany("seconds", TimeSpan.FromSeconds(5)));
        var client = Client(transport, UniqueToken(), permits: 200);

        Assert.ThrowsAsync<KwigaRateLimitException>(() =>
            client.Timezones.GetAsync(r => r.Options.Add(new RateLimitOption { MaxWait = TimeSpan.FromSeconds(1) })));
        Assert.That(transport.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_while_waiting_out_a_429_stops_without_resending()
    {
        var transport = new ScriptedTransport((_, _) => TooMany("seconds", TimeSpan.FromSeconds(30)));
        var client = Client(transport, UniqueToken(), permits: 200);
        using var cancel = new CancellationTokenSource();

        var call = client.Timezones.GetAsync(cancellationToken: cancel.Token);
        await Settle();
        cancel.Cancel();

        Assert.That(async () => await call.WaitAsync(TimeSpan.FromSeconds(5)), Throws.InstanceOf<OperationCanceledException>());
        _time.Advance(TimeSpan.FromMinutes(1));
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(1));
    }

    [Test]
    public void Waiting_longer_than_the_maximum_for_a_local_permit_fails_with_the_rate_limit_exception()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));
        var client = Client(transport, UniqueToken(), permits: 1, maxWait: TimeSpan.FromSeconds(10));

        Assert.DoesNotThrowAsync(() => client.Timezones.GetAsync());
        var queued = client.Timezones.GetAsync();
        _time.Advance(TimeSpan.FromSeconds(11));

        var error = Assert.ThrowsAsync<KwigaRateLimitException>(() => queued);
        Assert.That(error!.Message, Does.Contain("MaxWait").And.Contain("nothing reached the server").And.Not.Contain("answered"),
            "a request the SDK held back is not described as KWIGA's answer");
        Assert.That(transport.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task A_permit_returns_a_window_after_the_response_not_after_the_send()
    {
        // A first request that takes 20 s to answer (a cold connection): the server may have counted
        // it at any moment up to its response, so its window can end as late as 20 s + 60 s.
        var slowFirst = new TaskCompletionSource();
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""), (_, index) => index == 0 ? slowFirst.Task : Task.CompletedTask);
        var client = Client(transport, UniqueToken(), permits: 1, maxWait: TimeSpan.FromMinutes(10));

        var first = client.Timezones.GetAsync();
        await Settle();
        _time.Advance(TimeSpan.FromSeconds(20));
        slowFirst.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(5));

        var second = client.Timezones.GetAsync();
        _time.Advance(TimeSpan.FromSeconds(41));
        await Settle();
        Assert.That(transport.Count, Is.EqualTo(1), "61 s after the send but only 41 s after the response: not yet");

        _time.Advance(TimeSpan.FromSeconds(20));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(transport.Count, Is.EqualTo(2));
    }

    private static string UniqueToken() => "rate-limit-test-" + Guid.NewGuid().ToString("N");

    private static HttpResponseMessage TooMany(string form, TimeSpan delay)
    {
        var response = ScriptedTransport.Json("""{"message":"Too Many Attempts."}""", (HttpStatusCode)429);
        response.Headers.Add("X-RateLimit-Limit", "200");
        switch (form)
        {
            case "seconds":
                response.Headers.Add("Retry-After", ((int)delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "http-date":
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero) + delay);
                break;
            default:
                response.Headers.Add("X-RateLimit-Reset", (new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero) + delay).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
        }

        return response;
    }

    private KwigaClient Client(ScriptedTransport transport, string token, int permits, TimeSpan? maxWait = null) =>
        KwigaClientFactory.Create(
            TestClients.Options(o =>
            {
                o.Token = token;
                o.RateLimit.Enabled = true;
                o.RateLimit.PermitLimit = permits;
                o.RateLimit.MaxWait = maxWait ?? TimeSpan.FromMinutes(2);
            }),
            timeProvider: _time,
            transport: transport);

    /// <summary>Lets continuations queued by the fake clock run.</summary>
    private static async Task Settle()
    {
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(5);
        }
    }
}
