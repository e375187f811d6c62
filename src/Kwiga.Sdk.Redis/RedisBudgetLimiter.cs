using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Kwiga.Sdk.Redis;

/// <summary>
/// One token's budget shared through Redis: RedisRateLimiting's sliding window (a log of permit times,
/// the same "at most N in any interval of one window" rule as the SDK's in-process
/// <c>SlidingLogRateLimiter</c>), made to queue, to resynchronise and to survive Redis outages.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Queueing: the library refuses at once when the window is full; here one waiter per token and
/// process asks Redis again every poll interval, the others queue behind it in order, and
/// cancellation (the SDK's <c>MaxWait</c>) ends the wait.</item>
/// <item>Resynchronising: <see cref="RateLimiter.AttemptAcquire(int)"/> (which the SDK calls to spend
/// permits the server says are gone) records them as a debt that a background loop spends in Redis,
/// so every process holds back; the library's own synchronous attempt always refuses.</item>
/// <item>Outages: see <see cref="KwigaRedisRateLimiterOptions.FailFast"/>. Permits used from the fallback
/// are spent in Redis when it answers again, so a recovered budget counts them.</item>
/// </list>
/// </remarks>
internal sealed class RedisBudgetLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new BudgetLease(true);
    private static readonly RateLimitLease Refused = new BudgetLease(false);

    private readonly RedisBudgetConnection _connection;
    private readonly string _partition;
    private readonly int _permitLimit;
    private readonly TimeSpan _redisWindow;
    private readonly TimeSpan _poll;
    private readonly bool _failFast;
    private readonly TimeProvider _time;
    private readonly Lazy<RateLimiter> _fallback;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RedisPartition? _redis;
    private int _debt;
    private int _draining;
    private int _active;
    private long _lastActivity;
    private volatile bool _fallbackUsed;
    private volatile bool _disposed;

    public RedisBudgetLimiter(RedisBudgetConnection connection, string partition, int permitLimit, TimeSpan redisWindow, TimeSpan poll, bool failFast, Func<RateLimiter> fallback, TimeProvider time)
    {
        _connection = connection;
        _partition = partition;
        _permitLimit = permitLimit;
        _redisWindow = redisWindow;
        _poll = poll;
        _failFast = failFast;
        _fallback = new Lazy<RateLimiter>(fallback);
        _time = time;
        _lastActivity = time.GetTimestamp();
    }

    /// <summary>Permits waiting to be spent in Redis (see the remarks).</summary>
    internal int PendingDebt => Volatile.Read(ref _debt);

    /// <inheritdoc />
    public override TimeSpan? IdleDuration =>
        Volatile.Read(ref _active) > 0 ? null : _time.GetElapsedTime(Interlocked.Read(ref _lastActivity));

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        if (_connection.IsDown || _connection.Peek() is not { } connection)
        {
            return FallbackStatistics();
        }

        var redis = Partition(connection);

        try
        {
            var shared = redis.Limiter.GetStatistics();
            return shared is null ? null : new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, shared.CurrentAvailablePermits - PendingDebt),
                CurrentQueuedCount = Volatile.Read(ref _active),
                TotalSuccessfulLeases = shared.TotalSuccessfulLeases,
                TotalFailedLeases = shared.TotalFailedLeases,
            };
        }
        catch (Exception e) when (RedisBudgetConnection.IsRedisFailure(e))
        {
            _connection.ReportFailure(e);
            return FallbackStatistics();
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (permitCount == 0)
        {
            return _failFast && _connection.IsDown ? Refused : Granted;
        }

        if (_connection.IsDown)
        {
            return _failFast ? Refused : UseFallback().AttemptAcquire(permitCount);
        }

        AddDebt(permitCount);
        return Granted;
    }

    /// <inheritdoc />
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        if (permitCount == 0)
        {
            return _failFast && _connection.IsDown ? Refused : Granted;
        }

        Interlocked.Increment(ref _active);
        try
        {
            if (!_connection.IsDown || _connection.RetryDue)
            {
                if (await TryRedisAsync(permitCount, cancellationToken).ConfigureAwait(false) is { } lease)
                {
                    return lease;
                }
            }

            if (_failFast)
            {
                throw new KwigaRedisUnavailableException(_connection.Endpoint, _connection.LastFailure);
            }

            return await UseFallback().AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _active);
            Interlocked.Exchange(ref _lastActivity, _time.GetTimestamp());
        }
    }

    /// <summary>Permits from Redis, waiting in line; null when Redis failed (the caller falls back).</summary>
    private async Task<RateLimitLease?> TryRedisAsync(int permitCount, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var taken = 0;
            while (true)
            {
                // While down, only the one caller per reconnect interval that claims the try asks Redis.
                if (!_connection.TryClaimUse() || await GetRedisAsync(cancellationToken).ConfigureAwait(false) is not { } redis)
                {
                    return null;
                }

                bool acquired;
                try
                {
                    using var lease = await redis.Limiter.AcquireAsync(1, CancellationToken.None).ConfigureAwait(false);
                    acquired = lease.IsAcquired;
                }
                catch (Exception e) when (RedisBudgetConnection.IsRedisFailure(e))
                {
                    _connection.ReportFailure(e);
                    return null;
                }

                _connection.ReportSuccess();
                SpendFallbackUsage();
                if (acquired && ++taken == permitCount)
                {
                    return Granted;
                }

                if (!acquired)
                {
                    await Task.Delay(_poll, _time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask<RedisPartition?> GetRedisAsync(CancellationToken cancellationToken)
    {
        if (await _connection.GetAsync(cancellationToken).ConfigureAwait(false) is not { } connection)
        {
            return null;
        }

        return Partition(connection);
    }

    private RedisPartition Partition(IConnectionMultiplexer connection)
    {
        var current = Volatile.Read(ref _redis);
        if (current is null || !ReferenceEquals(current.Connection, connection))
        {
            current = new RedisPartition(connection, new RedisSlidingWindowRateLimiter<string>(_partition, new RedisSlidingWindowRateLimiterOptions
            {
                PermitLimit = _permitLimit,
                Window = _redisWindow,
                ConnectionMultiplexerFactory = () => connection,
            }));
            Volatile.Write(ref _redis, current);
        }

        return current;
    }

    private RateLimiter UseFallback()
    {
        _fallbackUsed = true;
        return _fallback.Value;
    }

    private RateLimiterStatistics? FallbackStatistics() =>
        _failFast || !(_connection.IsDown || _fallbackUsed) ? null : _fallback.Value.GetStatistics();

    /// <summary>After an outage: what this process sent on its own budget also counts in Redis.</summary>
    private void SpendFallbackUsage()
    {
        if (!_fallbackUsed)
        {
            return;
        }

        _fallbackUsed = false;
        if (_fallback.IsValueCreated && _fallback.Value.GetStatistics() is { } local)
        {
            AddDebt((int)Math.Max(0, _permitLimit - local.CurrentAvailablePermits));
        }
    }

    private void AddDebt(int permits)
    {
        if (permits <= 0)
        {
            return;
        }

        int before, after;
        do
        {
            before = Volatile.Read(ref _debt);
            after = Math.Min(_permitLimit, before + permits);
        }
        while (Interlocked.CompareExchange(ref _debt, after, before) != before);

        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            _ = Task.Run(DrainAsync);
        }
    }

    /// <summary>Spends the debt in Redis, one permit at a time, until it is paid or the window is full.</summary>
    private async Task DrainAsync()
    {
        try
        {
            while (!_disposed && Volatile.Read(ref _debt) > 0)
            {
                if (_connection.IsDown || await GetRedisAsync(CancellationToken.None).ConfigureAwait(false) is not { } redis)
                {
                    MoveDebtToFallback();
                    return;
                }

                using var lease = await redis.Limiter.AcquireAsync(1, CancellationToken.None).ConfigureAwait(false);
                if (!lease.IsAcquired)
                {
                    // The shared window is already full: nothing is left to spend.
                    Interlocked.Exchange(ref _debt, 0);
                    return;
                }

                Interlocked.Decrement(ref _debt);
            }
        }
        catch (Exception e) when (RedisBudgetConnection.IsRedisFailure(e))
        {
            _connection.ReportFailure(e);
            MoveDebtToFallback();
        }
        finally
        {
            Volatile.Write(ref _draining, 0);
        }
    }

    private void MoveDebtToFallback()
    {
        var debt = Interlocked.Exchange(ref _debt, 0);
        if (debt > 0 && !_failFast)
        {
            var fallback = UseFallback();
            var available = fallback.GetStatistics()?.CurrentAvailablePermits ?? 0;
            fallback.AttemptAcquire((int)Math.Min(debt, available)).Dispose();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _redis?.Limiter.Dispose();
        }
    }

    private sealed record RedisPartition(IConnectionMultiplexer Connection, RedisSlidingWindowRateLimiter<string> Limiter);

    private sealed class BudgetLease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
