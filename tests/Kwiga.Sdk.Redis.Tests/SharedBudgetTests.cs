using System.Diagnostics;
using System.Threading.RateLimiting;
using Kwiga.Sdk.Redis.Tests.Support;
using Kwiga.Sdk.RateLimiting;

namespace Kwiga.Sdk.Redis.Tests;

/// <summary>
/// Two "processes" — two clients, each with its own ConnectionMultiplexer and provider and neither using
/// the in-process RateLimiterRegistry — share one token's budget through a real Redis.
/// </summary>
public class SharedBudgetTests : RedisServerFixture
{
    private const int Requests = 2 * Clients.PermitLimit;
    private static readonly TimeSpan LoadedMachineMargin = TimeSpan.FromSeconds(1);

    [Test]
    public async Task Two_processes_share_one_budget_through_redis_and_never_get_a_429()
    {
        var token = Clients.NewToken();
        var server = Clients.Server();
        var registered = RateLimiterRegistry.Shared.Count;
        // Redis permits are stamped when taken, so the margin must cover the time from permit to
        // arrival; with every test assembly running at once on two cores it passed the default 100 ms,
        // and once (CI, 2026-12-02) 500 ms: a 6th request landed inside one window.
        await using var processA = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions(o => o.ClockSkewTolerance = LoadedMachineMargin));
        await using var processB = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions(o => o.ClockSkewTolerance = LoadedMachineMargin));
        var a = Clients.Create(processA, server, token);
        var b = Clients.Create(processB, server, token);

        // A Redis permit is stamped when taken, so a first request slowed by JIT between its permit and
        // its arrival would eat the margin (see ClockSkewTolerance): JIT the path on another token first.
        await Clients.Create(processA, Clients.Server(), Clients.NewToken()).Timezones.GetAsync();

        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => (i % 2 == 0 ? a : b).Timezones.GetAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(server.Accepted, Is.EqualTo(Requests));
            Assert.That(server.TooMany, Is.Zero, "the server answered 429: the processes spent more than the shared budget");
            Assert.That(server.MostInAnyWindow(), Is.LessThanOrEqualTo(Clients.PermitLimit));
            Assert.That(elapsed.Elapsed, Is.GreaterThanOrEqualTo(Clients.Window), "twice the budget takes a second window");
            Assert.That(RateLimiterRegistry.Shared.Count, Is.EqualTo(registered), "the in-process registry was used");
        });
    }

    [Test]
    public async Task Without_redis_two_processes_each_spend_a_whole_budget_and_the_server_answers_429()
    {
        // The control of the test above: the same load on two separate in-process budgets.
        var token = Clients.NewToken();
        var server = Clients.Server();
        var clients = Enumerable.Range(0, 2).Select(_ =>
        {
            var own = new RateLimiterRegistry();
            var options = Clients.Options(token);
            options.RateLimiterFactory = key => own.GetOrAdd(key, _ => KwigaBudgetLimiter.Create(options.RateLimit, TimeProvider.System));
            return Kwiga.Sdk.KwigaClientFactory.Create(options, transport: server);
        }).ToList();

        await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => clients[i % 2].Timezones.GetAsync()));

        Assert.That(server.TooMany, Is.GreaterThan(0));
    }

    [Test]
    public async Task Budget_lives_under_the_token_hash_and_the_token_appears_in_no_key_and_no_log()
    {
        var token = Clients.NewToken();
        var logs = new CapturingLoggerProvider();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions(), logs.Factory());
        var client = Clients.Create(provider, Clients.Server(), token, logs.Factory());

        await client.Timezones.GetAsync();

        await using var inspector = await InspectAsync();
        var keys = inspector.GetServer(inspector.GetEndPoints()[0]).Keys(pattern: "*").Select(k => k.ToString()).ToList();
        var key = provider.RedisKeyFor(TokenKey.Of(token));
        Assert.Multiple(() =>
        {
            Assert.That(key, Is.EqualTo($"rl:sw:{{kwiga:ratelimit:{TokenKey.Of(token)}}}"));
            Assert.That(keys, Does.Contain(key).And.Contain(key + ":stats"));
            Assert.That(keys, Has.None.Contains(token));
            Assert.That(logs.All, Does.Not.Contain(token));
        });
        Assert.That(await inspector.GetDatabase().SortedSetLengthAsync(key), Is.EqualTo(1));
    }

    [Test]
    public async Task Server_reporting_fewer_remaining_requests_spends_the_difference_in_redis_for_every_process()
    {
        // Someone outside these processes used the token: after our one request the server has 1 left,
        // not 4. The server's word wins, in Redis, so the other process holds back too.
        var token = Clients.NewToken();
        var server = Clients.Server();
        server.ReportRemaining = _ => 1;
        await using var processA = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        await using var processB = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        var key = processA.RedisKeyFor(TokenKey.Of(token));

        await Clients.Create(processA, server, token).Timezones.GetAsync();

        Assert.That(await EventuallyAsync(async () => await PermitsInRedisAsync(key) == Clients.PermitLimit - 1, TimeSpan.FromSeconds(2)), Is.True);
        var limiterB = processB.GetLimiter(TokenKey.Of(token), Clients.Options(token).RateLimit);
        using (var last = await limiterB.AcquireAsync(1))
        {
            Assert.That(last.IsAcquired, Is.True, "one permit was left");
        }

        Assert.That(limiterB.GetStatistics()?.CurrentAvailablePermits, Is.Zero);
        using var tooSoon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.That(async () => await limiterB.AcquireAsync(1, tooSoon.Token), Throws.InstanceOf<OperationCanceledException>(), "process B holds back too");
    }

    [Test]
    public async Task A_429_still_wins_over_the_shared_budget_it_is_waited_out_resent_and_holds_back_every_process()
    {
        // Someone outside these processes spent the server's window: the shared budget believes 5 are
        // left, the server answers 429. The SDK's 429 handling applies on top of the Redis limiter.
        var token = Clients.NewToken();
        var server = Clients.Server();
        using (var outsider = new HttpMessageInvoker(server, disposeHandler: false))
        {
            for (var i = 0; i < Clients.PermitLimit; i++)
            {
                using var spend = new HttpRequestMessage(HttpMethod.Get, "https://api.kwiga.test/timezones");
                spend.Headers.Add("Token", token);
                (await outsider.SendAsync(spend, CancellationToken.None)).Dispose();
            }
        }

        await using var processA = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        await using var processB = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        var limiterB = processB.GetLimiter(TokenKey.Of(token), Clients.Options(token).RateLimit);
        var client = Clients.Create(processA, server, token);

        var key = processA.RedisKeyFor(TokenKey.Of(token));
        var elapsed = Stopwatch.StartNew();
        var call = client.Timezones.GetAsync();

        // While A waits out Retry-After, the 429's "Remaining: 0" has filled the shared window: B holds back too.
        Assert.That(await EventuallyAsync(() => Task.FromResult(server.TooMany == 1), TimeSpan.FromSeconds(2)), Is.True);
        Assert.That(await EventuallyAsync(async () => await PermitsInRedisAsync(key) == Clients.PermitLimit, TimeSpan.FromSeconds(1)), Is.True);
        using (var tooSoon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            Assert.That(async () => await limiterB.AcquireAsync(1, tooSoon.Token), Throws.InstanceOf<OperationCanceledException>());
        }

        var timezones = await call;
        Assert.Multiple(() =>
        {
            Assert.That(timezones, Is.Not.Null, "the request was resent after Retry-After and succeeded");
            Assert.That(server.TooMany, Is.EqualTo(1));
            Assert.That(server.Accepted, Is.EqualTo(Clients.PermitLimit + 1));
            Assert.That(elapsed.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)), "Retry-After (whole seconds) was waited out");
        });
    }

    [Test]
    public async Task The_same_token_key_gets_the_same_limiter()
    {
        var token = Clients.NewToken();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        var factory = provider.CreateFactory(Clients.Options(token).RateLimit);

        var first = factory(TokenKey.Of(token));
        var again = factory(TokenKey.Of(token));
        var other = factory(TokenKey.Of(Clients.NewToken()));

        Assert.That(again, Is.SameAs(first));
        Assert.That(other, Is.Not.SameAs(first));
    }

    [Test]
    public async Task A_full_shared_window_makes_a_request_wait_not_fail()
    {
        var token = Clients.NewToken();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        RateLimiter limiter = provider.GetLimiter(TokenKey.Of(token), Clients.Options(token).RateLimit);

        // Measured from before the first permit (not after the last), so a slow machine cannot make the
        // wait look shorter: the sixth permit may only come one whole window after the first.
        var sinceFirst = Stopwatch.StartNew();
        for (var i = 0; i < Clients.PermitLimit; i++)
        {
            using var lease = await limiter.AcquireAsync(1);
            Assert.That(lease.IsAcquired, Is.True);
        }

        using var next = await limiter.AcquireAsync(1);

        Assert.That(next.IsAcquired, Is.True);
        Assert.That(sinceFirst.Elapsed, Is.GreaterThanOrEqualTo(Clients.Window));
    }

    [Test]
    public async Task Waiting_for_a_full_shared_window_ends_with_cancellation()
    {
        var token = Clients.NewToken();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        var limiter = provider.GetLimiter(TokenKey.Of(token), Clients.Options(token).RateLimit);
        for (var i = 0; i < Clients.PermitLimit; i++)
        {
            (await limiter.AcquireAsync(1)).Dispose();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.That(async () => await limiter.AcquireAsync(1, timeout.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
