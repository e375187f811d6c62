using System.Diagnostics;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// KWIGA's rate limit as Laravel's <c>throttle</c> middleware applies it: per token, a fixed window
/// that opens at the first request after the previous one closed; a request over the limit is
/// refused and not counted. Time is <see cref="Stopwatch"/> ticks, taken when the request arrives.
/// </summary>
public sealed class FixedWindowThrottle
{
    private readonly Dictionary<string, TokenLog> _tokens = new(StringComparer.Ordinal);
    private readonly long _windowTicks;

    /// <summary>Creates the throttle.</summary>
    public FixedWindowThrottle(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        Limit = limit;
        Window = window;
        _windowTicks = (long)(window.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Requests per window.</summary>
    public int Limit { get; }

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; }

    /// <summary>Counts one request of <paramref name="token"/> that arrived at <paramref name="arrived"/>.</summary>
    public Verdict Hit(string token, long arrived)
    {
        var log = Log(token);
        lock (log)
        {
            if (log.Windows.Count == 0 || arrived >= log.Windows[^1].Start + _windowTicks)
            {
                log.Windows.Add(new WindowRecord(arrived));
            }

            var window = log.Windows[^1];
            window.LastArrival = arrived;
            var resetIn = Stopwatch.GetElapsedTime(arrived, window.Start + _windowTicks);
            if (window.Accepted >= Limit)
            {
                window.Rejected++;
                return new Verdict(false, 0, resetIn);
            }

            window.Accepted++;
            window.LastAccepted = arrived;
            return new Verdict(true, Limit - window.Accepted, resetIn);
        }
    }

    /// <summary>The windows <paramref name="token"/> has opened so far.</summary>
    public IReadOnlyList<WindowRecord> Windows(string token)
    {
        var log = Log(token);
        lock (log)
        {
            return log.Windows.Select(w => w with { }).ToList();
        }
    }

    private TokenLog Log(string token)
    {
        lock (_tokens)
        {
            if (!_tokens.TryGetValue(token, out var log))
            {
                _tokens[token] = log = new TokenLog();
            }

            return log;
        }
    }

    /// <summary>The answer to one request: allowed or not, what is left, and when the window closes.</summary>
    public readonly record struct Verdict(bool Allowed, int Remaining, TimeSpan ResetIn);

    private sealed class TokenLog
    {
        public List<WindowRecord> Windows { get; } = [];
    }
}

/// <summary>One fixed window of one token: when it opened and what it let through.</summary>
public sealed record WindowRecord(long Start)
{
    /// <summary>Requests served in the window.</summary>
    public int Accepted { get; set; }

    /// <summary>Requests refused with 429 in the window.</summary>
    public int Rejected { get; set; }

    /// <summary>When the last request (served or refused) arrived.</summary>
    public long LastArrival { get; set; }

    /// <summary>When the last served request arrived.</summary>
    public long LastAccepted { get; set; }
}
