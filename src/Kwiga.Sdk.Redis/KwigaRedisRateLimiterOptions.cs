
namespace Kwiga.Sdk.Redis;

/// <summary>
/// Settings of the Redis-shared rate-limit budget (<c>UseRedisRateLimiting(..., options => ...)</c>).
/// The budget itself (requests per window) comes from <see cref="KwigaOptions.RateLimit"/>.
/// </summary>
public sealed class KwigaRedisRateLimiterOptions
{
    /// <summary>The default <see cref="KeyPrefix"/>.</summary>
    public const string DefaultKeyPrefix = "kwiga:ratelimit:";

    /// <summary>
    /// Prefix of the budget's partition; the token's <see cref="TokenKey"/> (a SHA-256 prefix,
    /// never the token) follows it. The Redis keys are <c>rl:sw:{prefix+tokenKey}</c> and
    /// <c>rl:sw:{prefix+tokenKey}:stats</c> (RedisRateLimiting's naming; the braces keep both in one
    /// cluster slot). Every process that shares a budget must use the same prefix.
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>
    /// False (default): while Redis is unreachable each process falls back to its in-process budget
    /// (the SDK's default limiter, shared through <see cref="KwigaBudgetLimiter.Shared"/>)
    /// and logs one warning per outage. True: requests fail with
    /// <see cref="KwigaRedisUnavailableException"/> instead, so no process sends a request that the shared
    /// budget did not count. Neither mode ever sends unlimited traffic.
    /// </summary>
    public bool FailFast { get; set; }

    /// <summary>
    /// After Redis failed, how long requests use the fallback (or fail, with <see cref="FailFast"/>)
    /// before one of them tries Redis again. StackExchange.Redis reconnects in the background meanwhile.
    /// Default 5 seconds.
    /// </summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Added to the window a permit stays taken in Redis. It covers what the in-process budget does not
    /// have to: hosts' clocks differ (each process stamps its permits with its own clock), and a Redis
    /// permit is stamped when it is taken (RedisRateLimiting's sliding window), not when the response
    /// arrives, so a request that takes long to reach the server uses the margin. Default 100 ms
    /// (NTP-synchronised hosts; 0.17 % of KWIGA's one-minute window).
    /// </summary>
    public TimeSpan ClockSkewTolerance { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How often a request waiting for a permit asks Redis again (one asker per token and process).
    /// Null (default): the window divided by the permit limit, between 5 ms and 250 ms.
    /// </summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>Every problem of these settings, one sentence each (none when valid).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(KeyPrefix))
        {
            problems.Add("KwigaRedisRateLimiterOptions.KeyPrefix must not be empty.");
        }
        else if (KeyPrefix.IndexOfAny(['{', '}']) >= 0)
        {
            problems.Add("KwigaRedisRateLimiterOptions.KeyPrefix must not contain '{' or '}' (the key is already a Redis cluster hash tag).");
        }

        if (ReconnectInterval <= TimeSpan.Zero)
        {
            problems.Add("KwigaRedisRateLimiterOptions.ReconnectInterval must be positive.");
        }

        if (ClockSkewTolerance < TimeSpan.Zero)
        {
            problems.Add("KwigaRedisRateLimiterOptions.ClockSkewTolerance must not be negative.");
        }

        if (PollInterval is { } poll && poll <= TimeSpan.Zero)
        {
            problems.Add("KwigaRedisRateLimiterOptions.PollInterval must be positive when set.");
        }

        return problems;
    }

    /// <summary>Throws <see cref="KwigaConfigurationException"/> listing every problem.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new KwigaConfigurationException(problems);
        }
    }

    internal KwigaRedisRateLimiterOptions Clone() => (KwigaRedisRateLimiterOptions)MemberwiseClone();
}
