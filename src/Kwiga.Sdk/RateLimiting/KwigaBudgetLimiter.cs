using System.Threading.RateLimiting;
using Kwiga.Sdk.RateLimiting;

namespace Kwiga.Sdk;

/// <summary>
/// The SDK's default budget of one token, in this process: for a limiter of your own (see
/// <see cref="KwigaOptions.RateLimiterFactory"/>) that falls back on it, as Kwiga.Sdk.Redis does when
/// Redis cannot be reached.
/// </summary>
/// <remarks>
/// KWIGA (Laravel's throttle) counts requests in a fixed window that starts at the first hit. A token
/// bucket would let a full budget through at the end of one window and another at the start of the
/// next: 429s. A sliding log that returns each permit one window after the request's response allows
/// at most the limit in any interval of one window, wherever the server's window starts and however
/// long requests take to arrive; the window is further stretched by 1/120 as a margin for the
/// server's own clock and rounding (Laravel keeps its counters in whole seconds), which leaves 120/121
/// (≈ 99 %) of the budget usable.
/// </remarks>
public static class KwigaBudgetLimiter
{
    private const int JitterDivisor = 120;

    /// <summary>A new limiter for <paramref name="options"/> on <paramref name="timeProvider"/>.</summary>
    public static RateLimiter Create(RateLimitOption options, TimeProvider timeProvider)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var window = options.Window + TimeSpan.FromTicks(options.Window.Ticks / JitterDivisor);
        return new SlidingLogRateLimiter(options.PermitLimit, window, options.QueueLimit, timeProvider);
    }

    /// <summary>
    /// The limiter every client of this process uses for the token whose <see cref="TokenKey"/> is
    /// <paramref name="tokenKey"/>, created with <paramref name="options"/> by the first caller.
    /// </summary>
    public static RateLimiter Shared(string tokenKey, RateLimitOption options, TimeProvider timeProvider)
    {
        if (tokenKey is null)
        {
            throw new ArgumentNullException(nameof(tokenKey));
        }

        return RateLimiterRegistry.Shared.GetOrAdd(tokenKey, _ => Create(options, timeProvider));
    }
}
