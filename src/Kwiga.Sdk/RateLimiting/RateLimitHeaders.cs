using System.Globalization;
using System.Net.Http.Headers;

namespace Kwiga.Sdk.RateLimiting;

/// <summary>The rate-limit state a KWIGA response reports.</summary>
internal readonly struct RateLimitHeaders
{
    private RateLimitHeaders(int? limit, int? remaining, TimeSpan? retryAfter, DateTimeOffset? resetAt)
    {
        Limit = limit;
        Remaining = remaining;
        RetryAfter = retryAfter;
        ResetAt = resetAt;
    }

    /// <summary><c>X-RateLimit-Limit</c>: requests per minute for the token.</summary>
    public int? Limit { get; }

    /// <summary><c>X-RateLimit-Remaining</c>: requests left in the current window.</summary>
    public int? Remaining { get; }

    /// <summary><c>Retry-After</c> (seconds or an HTTP date) as a delay from the response; 429 only.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><c>X-RateLimit-Reset</c> (UNIX seconds); 429 only.</summary>
    public DateTimeOffset? ResetAt { get; }

    /// <summary>How long to wait before a retry: <c>Retry-After</c>, else until <c>X-RateLimit-Reset</c>, else null.</summary>
    public TimeSpan? DelayFrom(DateTimeOffset now)
    {
        if (RetryAfter is { } after)
        {
            return after < TimeSpan.Zero ? TimeSpan.Zero : after;
        }

        if (ResetAt is { } reset)
        {
            var wait = reset - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>Reads the headers; absent or malformed values are null.</summary>
    public static RateLimitHeaders Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        TimeSpan? retryAfter = null;
        if (headers.RetryAfter is { } condition)
        {
            // The HTTP-date form is an absolute time: measure it as a whole span (Kiota's own
            // handler took TimeSpan.Seconds here, which wraps at a minute).
            retryAfter = condition.Delta ?? (condition.Date is { } date ? date - now : null);
        }

        var reset = Integer(headers, "X-RateLimit-Reset") is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return new RateLimitHeaders(
            (int?)Integer(headers, "X-RateLimit-Limit"),
            (int?)Integer(headers, "X-RateLimit-Remaining"),
            retryAfter,
            reset);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"limit={Limit?.ToString(CultureInfo.InvariantCulture) ?? "?"} remaining={Remaining?.ToString(CultureInfo.InvariantCulture) ?? "?"}";

    private static long? Integer(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) &&
        long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
