using Kwiga.Sdk.RateLimiting;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// <c>stall-repro</c>: shows, deterministically, the lost wake-up that stalls the SDK's limiter under
/// load. <see cref="SlidingLogRateLimiter.GetStatistics"/> (called by <c>RateLimitHandler</c> after every
/// response, to resynchronise) expires old permits and hands them to queued acquirers, but drops the
/// list of acquirers it served: their permits are taken and their tasks never complete, not even when
/// their cancellation token fires (they are no longer in the queue, so <c>Cancel</c> finds nothing).
/// </summary>
public static class LimiterStallRepro
{
    /// <summary>Runs the demonstration; 1 when the stall reproduces, 0 when the limiter is fixed.</summary>
    public static async Task<int> RunAsync()
    {
        var clock = new ManualClock();
        using var limiter = new SlidingLogRateLimiter(permitLimit: 1, window: TimeSpan.FromSeconds(1), queueLimit: 10, clock);
        using var first = limiter.AttemptAcquire();
        using var cancel = new CancellationTokenSource();
        var queued = limiter.AcquireAsync(1, cancel.Token).AsTask();
        Console.WriteLine($"1 permit per 1 s; one taken, one acquirer queued (completed: {queued.IsCompleted}).");

        // The window passes; the limiter's timer has not fired yet when a response comes back.
        clock.Advance(TimeSpan.FromSeconds(1));
        var statistics = limiter.GetStatistics()!;
        Console.WriteLine($"After the window, GetStatistics(): available {statistics.CurrentAvailablePermits}, queued {statistics.CurrentQueuedCount}, acquirer completed: {queued.IsCompleted}.");

        cancel.Cancel();
        await Task.WhenAny(queued, Task.Delay(TimeSpan.FromMilliseconds(200))).ConfigureAwait(false);
        Console.WriteLine($"After cancelling its token: acquirer completed: {queued.IsCompleted}.");
        var stalled = !queued.IsCompleted;
        Console.WriteLine(stalled
            ? "STALL: the queued acquirer got the permit (available 0, queue 0) but will never be told; the request waits forever."
            : "No stall: the acquirer was granted (or cancelled).");
        return stalled ? 1 : 0;
    }

    /// <summary>A clock that moves only when told to, whose timers never fire on their own.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new IdleTimer();

        private sealed class IdleTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => default;
        }
    }
}
