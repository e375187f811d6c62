using System.Diagnostics;
using System.Net;
using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sandbox;
using Kwiga.Sdk;

namespace Kwiga.EndToEnd.Tests.RateLimiting;

/// <summary>
/// The per-token budget against a sandbox that enforces it, with the window shrunk from a minute to two
/// seconds. Each test starts its own sandbox with a token of its own: the SDK's in-process limiter is
/// shared by every client of a token, so a shared token would let one test spend another's budget.
/// </summary>
[NonParallelizable]
public sealed class RateLimitTests
{
    private const int Limit = 20;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>Far beyond what any of these bursts needs: a request still waiting then is stuck, and the test fails instead of hanging.</summary>
    private static readonly TimeSpan Stuck = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_burst_three_times_the_budget_is_queued_by_the_sdk_and_never_meets_a_429()
    {
        await using var sandbox = await StartAsync("burst");
        var transport = new RecordingTransport();
        var kwiga = Client(sandbox, transport);

        var clock = Stopwatch.StartNew();
        var responses = await AllWithinAsync(Enumerable.Range(0, 3 * Limit).Select(_ => kwiga.Timezones.GetAsync()));
        clock.Stop();

        Assert.That(responses.Select(r => r?.Data?.Count), Has.All.EqualTo(24), "every request succeeded");
        Assert.That(transport.Count((HttpStatusCode)429), Is.Zero, "no 429 reached the transport: the SDK queued instead");
        Assert.That(transport.Exchanges, Has.Count.EqualTo(3 * Limit), "nothing was resent");
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(2 * Window), "three budgets need two full windows of waiting: proof the limiter queued");
    }

    [Test]
    public async Task Two_clients_with_the_same_token_share_one_budget()
    {
        await using var sandbox = await StartAsync("shared");
        var transport = new RecordingTransport();
        var first = Client(sandbox, transport);
        var second = Client(sandbox, transport);

        var clock = Stopwatch.StartNew();
        await AllWithinAsync(Enumerable.Range(0, Limit).SelectMany(_ => new[] { first.Timezones.GetAsync(), second.Timezones.GetAsync() }));
        clock.Stop();

        Assert.That(transport.Count(HttpStatusCode.OK), Is.EqualTo(2 * Limit));
        Assert.That(transport.Count((HttpStatusCode)429), Is.Zero, "each client alone would have sent its 20 at once, 40 in one window");
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(Window));
    }

    [Test]
    public async Task A_429_from_a_server_with_a_smaller_budget_is_waited_out_and_resent()
    {
        await using var sandbox = await StartAsync("absorb", serverLimit: 5, serverWindow: TimeSpan.FromSeconds(1));
        var transport = new RecordingTransport();
        var kwiga = Client(sandbox, transport);

        var responses = await AllWithinAsync(Enumerable.Range(0, 10).Select(_ => kwiga.Timezones.GetAsync()));

        Assert.That(responses.Select(r => r?.Data?.Count), Has.All.EqualTo(24), "every request succeeded in the end");
        Assert.That(transport.Count((HttpStatusCode)429), Is.GreaterThan(0), "the server refused some (the SDK believed it had 20 permits)");
        Assert.That(transport.Count(HttpStatusCode.OK), Is.EqualTo(10), "each refused request was resent until it succeeded");
    }

    private static async Task<T[]> AllWithinAsync<T>(IEnumerable<Task<T>> requests)
    {
        var all = requests.ToList();
        try
        {
            return await Task.WhenAll(all).WaitAsync(Stuck);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{all.Count(t => !t.IsCompleted)} of {all.Count} requests were still waiting after {Stuck.TotalSeconds} s (for a rate-limit permit, or a server that never answered).");
            throw;
        }
    }

    private static async Task<RunningSandbox> StartAsync(string purpose, int serverLimit = Limit, TimeSpan? serverWindow = null)
    {
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            Token = Unique.Token(purpose),
            RateLimit = { Limit = serverLimit, Window = serverWindow ?? Window },
        });

        // Compile the request path on both sides before the clock matters. The SDK stretches its window by
        // 1/120 (17 ms of 2 s) for the gap between taking a permit and the server counting the request; a
        // first request slowed by JIT could exceed that and start the server's window late. The warm-up
        // runs against the shared sandbox, whose budget is not the one under test.
        await SandboxClient.For().Timezones.GetAsync();
        return sandbox;
    }

    private static KwigaClient Client(RunningSandbox sandbox, RecordingTransport transport) =>
        SandboxClient.For(sandbox, o =>
        {
            o.RateLimit.PermitLimit = Limit;
            o.RateLimit.Window = Window;
        }, transport);
}
