using System.Diagnostics;
using Kwiga.Sdk.Redis.Tests.Support;
using Kwiga.Testing;

namespace Kwiga.Sdk.Redis.Tests;

/// <summary>
/// The meter <c>Kwiga.Sdk.Redis</c>: one fallback per outage, and its duration once Redis answers again,
/// as README.md's instrument table documents them. (This fixture kills its own Redis.)
/// </summary>
public class TelemetryTests : RedisServerFixture
{
    [Test]
    public async Task An_outage_counts_one_fallback_and_records_its_duration_when_redis_answers_again()
    {
        var server = Clients.Server();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions());
        var client = Clients.Create(provider, server, Clients.NewToken());
        using var capture = new TelemetryCapture();
        await client.Timezones.GetAsync();
        Assert.That(capture.Of("kwiga.redis.fallbacks"), Is.Empty, "Redis answers: no fallback");

        var outage = Stopwatch.StartNew();
        Redis.Kill();
        await client.Timezones.GetAsync();
        await client.Timezones.GetAsync();
        Redis.Restart();
        var recovered = await EventuallyAsync(async () =>
        {
            await client.Timezones.GetAsync();
            return provider.IsRedisAvailable;
        }, TimeSpan.FromSeconds(20));
        outage.Stop();
        capture.Stop();

        var documented = ReadmeInstruments.Read();
        var durations = capture.Of("kwiga.redis.fallback.duration");
        Assert.That(recovered, Is.True, "the provider never went back to Redis");
        Assert.Multiple(() =>
        {
            Assert.That(capture.Sum("kwiga.redis.fallbacks"), Is.EqualTo(1), "one fallback for one outage, not one per request");
            Assert.That(durations, Has.Count.EqualTo(1));
            Assert.That(durations[0].Value, Is.GreaterThan(0).And.LessThanOrEqualTo(outage.Elapsed.TotalSeconds));
            foreach (var m in capture.Measurements.Where(m => m.Instrument.StartsWith("kwiga.redis.", StringComparison.Ordinal)))
            {
                var row = documented[m.Instrument];
                Assert.That((m.Unit, m.Kind), Is.EqualTo((row.Unit, row.Kind)), $"{m.Instrument} as README.md documents it");
                Assert.That(m.Tags, Is.Empty, "no attributes: an endpoint names infrastructure, a token key hashes a secret");
            }
        });
    }

    [Test]
    public async Task With_FailFast_an_outage_is_no_fallback()
    {
        var server = Clients.Server();
        await using var provider = new KwigaRedisRateLimiterProvider(Redis.Configuration, Clients.RedisOptions(o => o.FailFast = true));
        var client = Clients.Create(provider, server, Clients.NewToken());
        using var capture = new TelemetryCapture();
        await client.Timezones.GetAsync();

        Redis.Kill();
        Assert.ThrowsAsync<KwigaRedisUnavailableException>(() => client.Timezones.GetAsync());
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
        capture.Stop();

        Assert.That(recovered, Is.True);
        Assert.That(capture.Of("kwiga.redis.fallbacks").Concat(capture.Of("kwiga.redis.fallback.duration")), Is.Empty, "requests failed; none used the in-process budget");
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
