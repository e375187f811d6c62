using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Kwiga.Sdk;

/// <summary>
/// Plugs a <see cref="PartitionedRateLimiter{TResource}"/> partitioned by token key into
/// <see cref="KwigaOptions.RateLimiterFactory"/>: each token's budget is the partition of its
/// <see cref="TokenKey"/> (a hash, never the token).
/// </summary>
/// <example>
/// <code>
/// var budgets = PartitionedRateLimiter.Create&lt;string, string&gt;(tokenKey =&gt;
///     RateLimitPartition.GetSlidingWindowLimiter(tokenKey, _ =&gt; new SlidingWindowRateLimiterOptions { ... }));
/// options.RateLimiterFactory = PartitionedBudget.From(budgets);
/// </code>
/// </example>
public static class PartitionedBudget
{
    /// <summary>
    /// A factory that hands out one view per token key of <paramref name="limiter"/>. The views do not
    /// own it: dispose <paramref name="limiter"/> yourself when the clients are gone.
    /// </summary>
    public static Func<string, RateLimiter> From(PartitionedRateLimiter<string> limiter)
    {
        if (limiter is null)
        {
            throw new ArgumentNullException(nameof(limiter));
        }

        var views = new ConcurrentDictionary<string, RateLimiter>(StringComparer.Ordinal);
        return tokenKey => views.GetOrAdd(tokenKey, key => new PartitionView(limiter, key));
    }

    /// <summary>One partition seen as a <see cref="RateLimiter"/>.</summary>
    private sealed class PartitionView : RateLimiter
    {
        private readonly PartitionedRateLimiter<string> _limiter;
        private readonly string _key;

        public PartitionView(PartitionedRateLimiter<string> limiter, string key)
        {
            _limiter = limiter;
            _key = key;
        }

        // The partitioned limiter tracks idleness per partition itself; a view is never idle on its own.
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => _limiter.GetStatistics(_key);

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => _limiter.AttemptAcquire(_key, permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            _limiter.AcquireAsync(_key, permitCount, cancellationToken);
    }
}
