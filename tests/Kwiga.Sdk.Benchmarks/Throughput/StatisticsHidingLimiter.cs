using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Kwiga.Sdk.Middleware.Options;
using Kwiga.Sdk.RateLimiting;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// The SDK's own budget limiter (<see cref="KwigaBudgetLimiter.Create"/>: a sliding log over the
/// window stretched by 1/120) with <see cref="GetStatistics"/> answering null. <c>RateLimitHandler</c>
/// then skips its resynchronisation, the only caller of the limiter's <c>GetStatistics</c>, which
/// loses wake-ups (see <see cref="LimiterStallRepro"/>). Plugged in through the public
/// <c>KwigaOptions.RateLimiterFactory</c>, it measures the limiter's design without that defect.
/// </summary>
public sealed class StatisticsHidingLimiter : RateLimiter
{
    private static readonly ConcurrentDictionary<string, StatisticsHidingLimiter> Budgets = new(StringComparer.Ordinal);

    private readonly RateLimiter _inner;

    private StatisticsHidingLimiter(RateLimiter inner)
    {
        _inner = inner;
    }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration => _inner.IdleDuration;

    /// <summary>A <c>KwigaOptions.RateLimiterFactory</c>: one such limiter per token key, as the SDK keeps one.</summary>
    public static Func<string, RateLimiter> Factory(RateLimitOption options) =>
        key => Budgets.GetOrAdd(key, _ => new StatisticsHidingLimiter(KwigaBudgetLimiter.Create(options, TimeProvider.System)));

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics() => null;

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => _inner.AttemptAcquire(permitCount);

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        _inner.AcquireAsync(permitCount, cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
    }
}
