using System.Collections.Concurrent;

namespace Kwiga.Sandbox.RateLimiting;

/// <summary>
/// Laravel's <c>RateLimiter</c> as <c>throttle:200,1</c> uses it: one fixed window per key that starts at
/// the key's first hit and lasts <see cref="SandboxRateLimitOptions.Window"/>. A refused request does
/// not count.
/// </summary>
internal sealed class FixedWindowLimiter(SandboxRateLimitOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts one request for <paramref name="key"/> unless its window is full.</summary>
    public RateLimitDecision Hit(string key)
    {
        var now = clock.GetUtcNow();
        var window = _windows.AddOrUpdate(
            key,
            _ => new Window(now + options.Window),
            (_, existing) => existing.ResetsAt <= now ? new Window(now + options.Window) : existing);

        lock (window)
        {
            if (window.Hits >= options.Limit)
            {
                return new RateLimitDecision(false, options.Limit, 0, window.ResetsAt, window.ResetsAt - now);
            }

            window.Hits++;
            return new RateLimitDecision(true, options.Limit, options.Limit - window.Hits, window.ResetsAt, window.ResetsAt - now);
        }
    }

    private sealed class Window(DateTimeOffset resetsAt)
    {
        public DateTimeOffset ResetsAt { get; } = resetsAt;

        public int Hits { get; set; }
    }
}
