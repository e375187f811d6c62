using System.Threading.RateLimiting;

namespace Kwiga.Sdk.RateLimiting;

/// <summary>
/// A <see cref="RateLimiter"/> that returns every permit exactly one window after its lease is
/// disposed (a sliding log), queueing acquirers in order, and keeps all time on a <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// <para>
/// Why from the lease's disposal, not from the acquisition: the SDK disposes a request's lease when
/// its response arrives, and the server counted the request at some moment between sending and the
/// response. Stamping at the response keeps "at most N in any interval of one window" true on the
/// server's side too, however long a request took to get there (a cold first request, a slow
/// connection): the cost is one round trip per window instead of a guess at the latency. Dispose every
/// lease: one that is never disposed keeps its permits.
/// </para>
/// <para>
/// Why not <see cref="SlidingWindowRateLimiter"/>: it returns permits segment by segment (so up to a
/// segment early at the window's edge, which a fixed server window counts as excess) and, when not
/// auto-replenishing, ignores replenish calls until real <c>Stopwatch</c> time has passed, so it cannot
/// run on a fake clock. With the log, "at most N permits in any interval of one window" holds exactly.
/// </para>
/// </remarks>
internal sealed class SlidingLogRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly int _queueLimit;
    private readonly Queue<long> _taken = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly ITimer _timer;
    private int _queuedPermits;
    private int _held;
    private long _successful;
    private long _failed;
    private long? _idleSince;
    private (long At, long CountedBefore)? _serverReset;
    private bool _disposed;

    /// <summary>Creates the limiter.</summary>
    /// <param name="permitLimit">Permits per window.</param>
    /// <param name="window">How long a permit stays taken.</param>
    /// <param name="queueLimit">Permits that may wait in the queue.</param>
    /// <param name="timeProvider">The clock.</param>
    public SlidingLogRateLimiter(int permitLimit, TimeSpan window, int queueLimit, TimeProvider timeProvider)
    {
        if (permitLimit <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(permitLimit), "must be positive");
        }

        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), "must be positive");
        }

        _permitLimit = permitLimit;
        _window = window;
        _queueLimit = Math.Max(0, queueLimit);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _timer = _time.CreateTimer(static state => ((SlidingLogRateLimiter)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _idleSince = _time.GetTimestamp();
    }

    /// <summary>Permits per window.</summary>
    public int PermitLimit => _permitLimit;

    /// <summary>
    /// The server said when its window ends (a 429's <c>Retry-After</c> or <c>X-RateLimit-Reset</c>): every
    /// permit released until now was counted in that window, so it returns when the window ends rather than
    /// one of our windows after its release. Without this a 429 that says "1 s" would hold the token's
    /// budget for a whole window (a minute on KWIGA). Permits released later keep their own window.
    /// </summary>
    /// <param name="delay">How long until the server's window ends.</param>
    public void ServerWindowEndsIn(TimeSpan delay)
    {
        List<Waiter>? ready;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            var at = now + (long)((delay < TimeSpan.Zero ? TimeSpan.Zero : delay).TotalSeconds * _time.TimestampFrequency);

            // A later 429 knows at least as much: it covers every permit the earlier one covered.
            _serverReset = (at, now);
            ready = Expire(now);
            Schedule(now);
        }

        Complete(ready);
    }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _idleSince is long since ? _time.GetElapsedTime(since) : null;
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        List<Waiter>? ready;
        RateLimiterStatistics statistics;
        lock (_gate)
        {
            // Expiring may grant queued waiters: they must be woken (outside the lock), or they
            // would hold a permit they never learn about.
            var now = _time.GetTimestamp();
            ready = Expire(now);
            Schedule(now);
            statistics = new RateLimiterStatistics
            {
                CurrentAvailablePermits = Available,
                CurrentQueuedCount = _queuedPermits,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }

        Complete(ready);
        return statistics;
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Check(permitCount);
        List<Waiter>? ready;
        RateLimitLease lease;
        lock (_gate)
        {
            ThrowIfDisposed();
            var now = _time.GetTimestamp();
            ready = Expire(now);
            if (permitCount == 0)
            {
                lease = Available > 0 ? Granted : Refused(now);
            }
            else if (_waiters.Count == 0 && Available >= permitCount)
            {
                lease = Take(permitCount);
            }
            else
            {
                lease = Refused(now);
            }
        }

        Complete(ready);
        return lease;
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Check(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        List<Waiter>? ready;
        lock (_gate)
        {
            ThrowIfDisposed();
            var now = _time.GetTimestamp();
            ready = Expire(now);
            if (_waiters.Count == 0 && Available >= permitCount)
            {
                var lease = Take(permitCount);
                Complete(ready);
                return new ValueTask<RateLimitLease>(lease);
            }

            if (_queuedPermits + permitCount > _queueLimit)
            {
                _failed++;
                Complete(ready);
                return new ValueTask<RateLimitLease>(Refused(now));
            }

            waiter = new Waiter(permitCount);
            waiter.Node = _waiters.AddLast(waiter);
            _queuedPermits += permitCount;
            _idleSince = null;
            Schedule(now);
        }

        Complete(ready);
        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(static state => ((Waiter)state!).Owner!.Cancel((Waiter)state!), waiter);
            waiter.Owner = this;
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        List<Waiter> pending;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            pending = [.. _waiters];
            _waiters.Clear();
            _queuedPermits = 0;
        }

        _timer.Dispose();
        foreach (var waiter in pending)
        {
            waiter.Cancellation.Dispose();
            waiter.Completion.TrySetResult(new Lease(false, null));
        }
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return default;
    }

    private static void Check(int permitCount)
    {
        if (permitCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount));
        }
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(SlidingLogRateLimiter));
        }
    }

    /// <summary>Permits neither held by a lease nor inside the window since their release; call under the lock.</summary>
    private int Available => _permitLimit - _taken.Count - _held;

    private RateLimitLease Take(int permits)
    {
        _held += permits;
        _successful++;
        _idleSince = null;
        return permits == 0 ? Granted : new HeldLease(this, permits);
    }

    /// <summary>A lease was disposed: its permits start their window now.</summary>
    private void Release(int permits)
    {
        List<Waiter>? ready;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            _held -= permits;
            for (var i = 0; i < permits; i++)
            {
                _taken.Enqueue(now);
            }

            ready = Expire(now);
            Schedule(now);
        }

        Complete(ready);
    }

    private RateLimitLease Refused(long now)
    {
        _failed++;

        // Held permits have no return time yet: one whole window is the honest lower bound.
        var retryAfter = _taken.Count > 0 ? _window - _time.GetElapsedTime(_taken.Peek(), now) : _held > 0 ? _window : TimeSpan.Zero;
        return new Lease(false, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);
    }

    /// <summary>Returns expired permits and grants queued waiters in order; call under the lock.</summary>
    private List<Waiter>? Expire(long now)
    {
        if (_serverReset is { } reset && now >= reset.At)
        {
            // The log is in release order, so the permits the server's ended window counted are at its head.
            while (_taken.Count > 0 && _taken.Peek() <= reset.CountedBefore)
            {
                _taken.Dequeue();
            }

            _serverReset = null;
        }

        while (_taken.Count > 0 && _time.GetElapsedTime(_taken.Peek(), now) >= _window)
        {
            _taken.Dequeue();
        }

        List<Waiter>? ready = null;
        while (_waiters.First is { } first && Available >= first.Value.Permits)
        {
            var waiter = first.Value;
            _waiters.RemoveFirst();
            _queuedPermits -= waiter.Permits;
            waiter.Lease = Take(waiter.Permits);
            (ready ??= []).Add(waiter);
        }

        if (_taken.Count == 0 && _held == 0 && _waiters.Count == 0)
        {
            _idleSince ??= now;
        }

        return ready;
    }

    private void Schedule(long now)
    {
        if (_waiters.Count > 0 && _taken.Count > 0)
        {
            var due = _window - _time.GetElapsedTime(_taken.Peek(), now);
            if (_serverReset is { } reset)
            {
                var untilReset = _time.GetElapsedTime(now, reset.At);
                due = untilReset < due ? untilReset : due;
            }

            _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        List<Waiter>? ready;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            ready = Expire(now);
            Schedule(now);
        }

        Complete(ready);
    }

    private void Cancel(Waiter waiter)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _waiters.Remove(waiter.Node);
            _queuedPermits -= waiter.Permits;
            _failed++;
        }

        waiter.Completion.TrySetCanceled();
    }

    private static void Complete(List<Waiter>? ready)
    {
        if (ready is null)
        {
            return;
        }

        foreach (var waiter in ready)
        {
            waiter.Cancellation.Dispose();
            waiter.Completion.TrySetResult(waiter.Lease ?? Granted);
        }
    }

    private sealed class Waiter
    {
        public Waiter(int permits)
        {
            Permits = permits;
        }

        public int Permits { get; }

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }

        public SlidingLogRateLimiter? Owner { get; set; }

        public RateLimitLease? Lease { get; set; }
    }

    /// <summary>A granted lease whose permits return one window after it is disposed (once).</summary>
    private sealed class HeldLease : RateLimitLease
    {
        private SlidingLogRateLimiter? _owner;

        public HeldLease(SlidingLogRateLimiter owner, int permits)
        {
            _owner = owner;
            Permits = permits;
        }

        public int Permits { get; }

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Exchange(ref _owner, null)?.Release(Permits);
            }
        }
    }

    private sealed class Lease : RateLimitLease
    {
        private readonly TimeSpan? _retryAfter;

        public Lease(bool acquired, TimeSpan? retryAfter)
        {
            IsAcquired = acquired;
            _retryAfter = retryAfter;
        }

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (_retryAfter is { } after && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = after;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
