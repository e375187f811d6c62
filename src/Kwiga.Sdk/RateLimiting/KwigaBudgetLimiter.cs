using Kwiga.Sdk.Middleware.Options;

namespace Kwiga.Sdk.RateLimiting;

/// <summary>Builds the in-process budget of one token.</summary>
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

    /// <summary>The limiter for <paramref name="options"/> on <paramref name="timeProvider"/>.</summary>
    public static SlidingLogRateLimiter Create(RateLimitOption options, TimeProvider timeProvider)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var window = options.Window + TimeSpan.FromTicks(options.Window.Ticks / JitterDivisor);
        return new SlidingLogRateLimiter(options.PermitLimit, window, options.QueueLimit, timeProvider);
    }
}
