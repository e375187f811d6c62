using Kwiga.Sdk.Redis.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Redis.Tests;

/// <summary>
/// Redis unreachable at start or killed mid-run: by default each process falls back to its in-process
/// budget with one warning per outage and returns to Redis when it answers; with FailFast requests
/// fail with a typed exception. Never unlimited traffic. (This fixture kills its own Redis.)
/// </summary>
public class OutageTests : RedisServerFixture
{
    private const string Password = "hunter2-not-for-logs";

    [Test]
    public async Task Redis_down_at_start_falls_back_to_the_in_process_budget_with_one_warning()
    {
        var port = RedisServer.FreePort();
        var token = Clients.NewToken();
        var server = Clients.Server();
        var logs = new CapturingLoggerProvider();
        await using var provider = new KwigaRedisRateLimiterProvider($"127.0.0.1:{port},password={Password},connectTimeout=300", Clients.RedisOptions(), logs.Factory());
        var client = Clients.Create(provider, server, token, logs.Factory(), o => o.RateLimit.MaxWait = TimeSpan.FromSeconds(1));

        for (var i = 0; i < Clients.PermitLimit; i++)
        {
            await client.Timezones.GetAsync();
        }

        // The fallback is a real budget: the sixth request in the window is held back, not sent.
        var refused = Assert.ThrowsAsync<KwigaRateLimitException>(() => client.Timezones.GetAsync());

        var warnings = logs.At(LogLevel.Warning).Where(w => w.Contains("Kwiga.Sdk.Redis", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("Not sent"));
            Assert.That(server.Accepted, Is.EqualTo(Clients.PermitLimit));
            Assert.That(server.TooMany, Is.Zero);
            Assert.That(provider.IsRedisAvailable, Is.False);
            Assert.That(warnings, Has.Count.EqualTo(1), "one warning per outage, not per request");
            Assert.That(warnings[0], Does.Contain($"127.0.0.1:{port}").And.Contain("in-process budget"));
            Assert.That(logs.All, Does.Not.Contain(Password).And.Not.Contain(token).And.Not.Contain(TokenKey.Of(token)));
        });
    }

    [Test]
    public async Task Redis_down_at_start_with_FailFast_throws_a_typed_exception_and_sends_nothing()
    {
        var port = RedisServer.FreePort();
        var server = Clients.Server();
        var logs = new CapturingLoggerProvider();
        await using var provider = new KwigaRedisRateLimiterProvider($"127.0.0.1:{port},password={Password},connectTimeout=500", Clients.RedisOptions(o => o.FailFast = true), logs.Factory());
        var client = Clients.Create(provider, server, Clients.NewToken(), logs.Factory());

        var first = Assert.ThrowsAsync<KwigaRedisUnavailableException>(() => client.Timezones.GetAsync());
        var second = Assert.ThrowsAsync<KwigaRedisUnavailableException>(() => client.Timezones.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(first!.Endpoint, Is.EqualTo($"127.0.0.1:{port}"));
            Assert.That(first.Message, Does.Contain("FailFast").And.Not.Contain(Password));
            Assert.That(first, Is.InstanceOf<KwigaApiException>(), "one catch covers it");
            Assert.That((first.Details.StatusCode, first.Details.Method, first.Details.Path), Is.EqualTo((0, "GET", "/timezones")), "the request is named");
            Assert.That(second, Is.Not.Null);
            Assert.That(server.Accepted + server.TooMany, Is.Zero, "nothing was sent without a shared permit");
            Assert.That(logs.At(LogLevel.Warning), Has.Count.EqualTo(1));
            Assert.That(logs.All, Does.Not.Contain(Password));
        });
    }

    [Test]
    public async Task Redis_killed_mid_run_falls_back_then_returns_to_redis_when_it_answers_again()
    {
        var token = Clients.NewToken();
        var server = Clients.Server();
        var logs = new CapturingLoggerProvider();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions(), logs.Factory());
        var client = Clients.Create(provider, server, token, logs.Factory());
        var key = provider.RedisKeyFor(TokenKey.Of(token));
        await client.Timezones.GetAsync();
        Assert.That(await PermitsInRedisAsync(key), Is.EqualTo(1));

        Redis.Kill();
        await client.Timezones.GetAsync();
        await client.Timezones.GetAsync();
        Assert.That(provider.IsRedisAvailable, Is.False);

        Redis.Restart();
        var recovered = await EventuallyAsync(async () =>
        {
            await client.Timezones.GetAsync();
            return provider.IsRedisAvailable;
        }, TimeSpan.FromSeconds(20));

        Assert.That(recovered, Is.True, "the provider never went back to Redis");
        Assert.Multiple(async () =>
        {
            Assert.That(await PermitsInRedisAsync(key), Is.GreaterThanOrEqualTo(1), "requests count in the restarted Redis again");
            Assert.That(logs.At(LogLevel.Warning), Has.Count.EqualTo(1), "one warning for the outage");
            Assert.That(logs.At(LogLevel.Information).Where(l => l.Contains("answers again", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1));
            Assert.That(server.TooMany, Is.Zero);
        });
    }

    [Test]
    public async Task Redis_killed_mid_run_with_FailFast_fails_requests_until_redis_answers_again()
    {
        var server = Clients.Server();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions(o => o.FailFast = true));
        var client = Clients.Create(provider, server, Clients.NewToken());
        await client.Timezones.GetAsync();

        Redis.Kill();
        Assert.ThrowsAsync<KwigaRedisUnavailableException>(() => client.Timezones.GetAsync());
        var sent = server.Accepted;

        Redis.Restart();
        var recovered = await EventuallyAsync(async () =>
        {
            try
            {
                await client.Timezones.GetAsync();
                return true;
            }
            catch (KwigaRedisUnavailableException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20));

        Assert.That(recovered, Is.True);
        Assert.That(server.Accepted, Is.EqualTo(sent + 1), "no request went out while Redis was down");
    }

    [TearDown]
    public void RedisIsBackForTheNextTest()
    {
        if (!Redis.IsRunning)
        {
            Redis.Restart();
        }
    }
}
