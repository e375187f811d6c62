namespace Kwiga.Sdk.Redis;

/// <summary>
/// The request was not sent: the token's budget is shared through Redis, Redis is unreachable and
/// <see cref="KwigaRedisRateLimiterOptions.FailFast"/> is on. Safe to retry once Redis answers again
/// (tried again at most every <see cref="KwigaRedisRateLimiterOptions.ReconnectInterval"/>). A
/// <see cref="KwigaApiException"/> like every failure of a call, so one <c>catch</c> covers it too; its
/// <see cref="KwigaApiException.Details"/> name the request (status 0: nothing was sent).
/// </summary>
public sealed class KwigaRedisUnavailableException : KwigaApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="endpoint">The Redis endpoint(s), without password.</param>
    /// <param name="innerException">The Redis failure that started the outage, if known.</param>
    public KwigaRedisUnavailableException(string endpoint, Exception? innerException)
        : base(
            KwigaErrorDetails.NotSent(),
            $"The KWIGA rate-limit budget is shared through Redis at {endpoint}, which is unreachable; the request was not sent " +
            "(KwigaRedisRateLimiterOptions.FailFast is on). Check Redis, or turn FailFast off to fall back to each process's own budget.",
            innerException)
    {
        Endpoint = endpoint;
    }

    /// <summary>The Redis endpoint(s) the budget lives on (host:port, never a password).</summary>
    public string Endpoint { get; }
}
