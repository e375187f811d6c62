namespace Kwiga.Sdk;

/// <summary>
/// 429 Too Many Requests that the SDK did not absorb (the configured maximum wait was reached).
/// The request was not processed; it is safe to send again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class KwigaRateLimitException : KwigaApiException
{
    /// <summary>Creates the exception from a 429 response.</summary>
    public KwigaRateLimitException(KwigaErrorDetails details, TimeSpan? retryAfter, int? limit, DateTimeOffset? resetAt)
        : base(details)
    {
        RetryAfter = retryAfter;
        Limit = limit;
        ResetAt = resetAt;
    }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>, or until <c>X-RateLimit-Reset</c>).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Requests per minute allowed for this token (<c>X-RateLimit-Limit</c>).</summary>
    public int? Limit { get; }

    /// <summary>When the server's window resets (<c>X-RateLimit-Reset</c>).</summary>
    public DateTimeOffset? ResetAt { get; }
}
