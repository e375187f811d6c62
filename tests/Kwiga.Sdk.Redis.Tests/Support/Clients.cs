using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Redis.Tests.Support;

/// <summary>Clients and budgets the tests share: 5 requests per 2 s, so a test waits a couple of seconds at most.</summary>
internal static class Clients
{
    public const int PermitLimit = 5;
    public const string CabinetHash = "test-cabinet-hash-9876543210zyxwvu";
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>A token of the test's own, so no two tests share a budget (in Redis or in process).</summary>
    public static string NewToken() => "secret-token-" + Guid.NewGuid().ToString("N");

    public static FakeKwigaServer Server() => new(PermitLimit, Window);

    public static KwigaOptions Options(string token, Action<KwigaOptions>? configure = null)
    {
        var options = new KwigaOptions { Token = token, CabinetHash = CabinetHash, BaseUrl = new Uri("https://api.kwiga.test") };
        options.RateLimit = new RateLimitOption { PermitLimit = PermitLimit, Window = Window, MaxWait = TimeSpan.FromSeconds(10) };
        options.Retry.MaxRetries = 0;
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client whose budget lives in <paramref name="redis"/>, as one process would build it.</summary>
    public static KwigaClient Create(KwigaRedisRateLimiterProvider redis, HttpMessageHandler server, string token, ILoggerFactory? logs = null, Action<KwigaOptions>? configure = null)
    {
        var options = Options(token, configure);
        options.RateLimiterFactory = redis.CreateFactory(options.RateLimit);
        return KwigaClientFactory.Create(options, logs, transport: server);
    }

    /// <summary>Options for tests: the default margin (<see cref="KwigaRedisRateLimiterOptions.ClockSkewTolerance"/>); quick to try Redis again.</summary>
    public static KwigaRedisRateLimiterOptions RedisOptions(Action<KwigaRedisRateLimiterOptions>? configure = null)
    {
        var options = new KwigaRedisRateLimiterOptions
        {
            ReconnectInterval = TimeSpan.FromMilliseconds(300),
        };
        configure?.Invoke(options);
        return options;
    }
}
