using Kwiga.Sdk.Redis.Tests.Support;

namespace Kwiga.Sdk.Redis.Tests;

/// <summary>What the provider refuses before any Redis call.</summary>
public class OptionsTests
{
    [Test]
    public async Task A_limiter_is_keyed_by_the_token_hash_and_refuses_anything_like_a_token()
    {
        var token = Clients.NewToken();
        await using var provider = new KwigaRedisRateLimiterProvider("127.0.0.1:1");

        var error = Assert.Throws<ArgumentException>(() => provider.GetLimiter(token, new RateLimitOption()));

        Assert.That(error!.Message, Does.Contain("TokenKey.Of").And.Not.Contain(token));
        Assert.That(provider.GetLimiter(TokenKey.Of(token), new RateLimitOption()), Is.Not.Null);
    }

    [Test]
    public void Invalid_options_fail_at_construction_listing_every_problem()
    {
        var options = new KwigaRedisRateLimiterOptions
        {
            KeyPrefix = " ",
            ReconnectInterval = TimeSpan.Zero,
            ClockSkewTolerance = TimeSpan.FromSeconds(-1),
            PollInterval = TimeSpan.Zero,
        };

        var error = Assert.Throws<KwigaConfigurationException>(() => new KwigaRedisRateLimiterProvider("127.0.0.1:1", options));

        Assert.That(error!.Problems, Has.Count.EqualTo(4));
    }

    [Test]
    public void An_invalid_configuration_string_fails_at_construction()
    {
        Assert.Throws<ArgumentException>(() => new KwigaRedisRateLimiterProvider("127.0.0.1:1,noSuchOption=1"));
    }

    [Test]
    public async Task The_endpoint_is_described_without_the_password()
    {
        await using var provider = new KwigaRedisRateLimiterProvider("redis.internal:6380,password=s3cr3t,ssl=true");

        Assert.That(provider.Endpoint, Is.EqualTo("redis.internal:6380"));
    }
}
