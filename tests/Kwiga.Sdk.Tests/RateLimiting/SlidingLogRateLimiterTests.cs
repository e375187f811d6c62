using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using Kwiga.Sdk.RateLimiting;

namespace Kwiga.Sdk.Tests.RateLimiting;

/// <summary>The sliding log: a permit comes back exactly one window after its lease is disposed; waiters are served in order.</summary>
public class SlidingLogRateLimiterTests
{
    [Test]
    public void Never_more_than_the_limit_in_any_interval_of_one_window()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(3, TimeSpan.FromSeconds(10), 0, time);
        var granted = new List<TimeSpan>();

        // Try every 250 ms for a minute; record when permits were granted.
        for (var step = 0; step < 240; step++)
        {
            using var lease = limiter.AttemptAcquire();
            if (lease.IsAcquired)
            {
                granted.Add(TimeSpan.FromMilliseconds(250 * step));
            }

            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        var worst = granted.Max(start => granted.Count(t => t >= start && t < start + TimeSpan.FromSeconds(10)));
        Assert.That(worst, Is.EqualTo(3));
        Assert.That(granted, Has.Count.EqualTo(18), "3 per 10 s over 60 s: the whole budget is used");
    }

    [Test]
    public async Task Waiters_are_served_in_order_when_permits_return()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(1, TimeSpan.FromSeconds(5), 10, time);
        (await limiter.AcquireAsync()).Dispose();
        var order = new List<int>();
        var second = limiter.AcquireAsync().AsTask().ContinueWith(t => { t.Result.Dispose(); lock (order) { order.Add(2); } });
        var third = limiter.AcquireAsync().AsTask().ContinueWith(t => { t.Result.Dispose(); lock (order) { order.Add(3); } });

        time.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(third.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromSeconds(5));
        await third.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(order, Is.EqualTo(new[] { 2, 3 }));
    }

    [Test]
    public async Task Permits_the_servers_ended_window_counted_return_when_it_ends_later_ones_keep_their_window()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(2, TimeSpan.FromSeconds(60), 10, time);
        limiter.AttemptAcquire().Dispose();
        time.Advance(TimeSpan.FromSeconds(10));
        limiter.ServerWindowEndsIn(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromMilliseconds(1));
        limiter.AttemptAcquire().Dispose();
        var waiting = limiter.AcquireAsync().AsTask();

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.That(waiting.IsCompleted, Is.False, "the server's window has not ended yet");
        time.Advance(TimeSpan.FromMilliseconds(999));
        using (var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(5)))
        {
            Assert.That(lease.IsAcquired, Is.True, "the permit released before the 429 came back when the server's window ended, 45 s early");
        }

        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.False, "the permit released after the 429, and the one just used, keep their whole window");
    }

    [Test]
    public async Task A_full_queue_refuses_with_a_retry_after_and_a_cancelled_waiter_leaves_it()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(1, TimeSpan.FromSeconds(5), 1, time);
        using var held = limiter.AttemptAcquire();
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(1, cancel.Token).AsTask();

        using var refused = await limiter.AcquireAsync();
        Assert.That(refused.IsAcquired, Is.False);
        Assert.That(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter), Is.True);
        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));

        cancel.Cancel();
        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(limiter.GetStatistics()!.CurrentQueuedCount, Is.Zero);
    }

    [Test]
    public async Task Reading_statistics_wakes_a_waiter_it_grants_a_permit_to()
    {
        // The handler reads statistics after every response; a waiter granted there must complete
        // even if the limiter's own timer has not fired (regression: it used to hang for ever).
        var time = new ManualClock();
        using var limiter = new SlidingLogRateLimiter(1, TimeSpan.FromSeconds(5), 10, time);
        limiter.AttemptAcquire().Dispose();
        var waiting = limiter.AcquireAsync().AsTask();

        time.Now += TimeSpan.FromSeconds(6);
        limiter.GetStatistics();

        using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(lease.IsAcquired, Is.True);
    }

    [Test]
    public void A_permit_returns_one_window_after_its_lease_is_disposed_not_after_it_was_taken()
    {
        // The SDK disposes a request's lease at its response; the server counted the request before.
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(1, TimeSpan.FromSeconds(5), 0, time);
        var lease = limiter.AttemptAcquire();
        Assert.That(lease.IsAcquired, Is.True);

        time.Advance(TimeSpan.FromSeconds(6));
        using (var whileHeld = limiter.AttemptAcquire())
        {
            Assert.That(whileHeld.IsAcquired, Is.False, "a held permit never expires");
            Assert.That(whileHeld.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter), Is.True);
            Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)), "at least one window once it is released");
        }

        lease.Dispose();
        time.Advance(TimeSpan.FromSeconds(4.9));
        using (var tooSoon = limiter.AttemptAcquire())
        {
            Assert.That(tooSoon.IsAcquired, Is.False);
        }

        time.Advance(TimeSpan.FromSeconds(0.1));
        using var back = limiter.AttemptAcquire();
        Assert.That(back.IsAcquired, Is.True);
    }

    [Test]
    public void Disposing_a_lease_twice_returns_its_permits_once()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(2, TimeSpan.FromSeconds(5), 0, time);
        var lease = limiter.AttemptAcquire(2);

        lease.Dispose();
        lease.Dispose();

        Assert.That(limiter.GetStatistics()!.CurrentAvailablePermits, Is.Zero, "both permits are inside their window, none came back twice");
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.That(limiter.GetStatistics()!.CurrentAvailablePermits, Is.EqualTo(2));
    }

    [Test]
    public async Task A_waiter_is_granted_when_a_released_permit_expires()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(1, TimeSpan.FromSeconds(5), 10, time);
        var held = await limiter.AcquireAsync();
        var waiting = limiter.AcquireAsync().AsTask();

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.That(waiting.IsCompleted, Is.False, "the only permit is still held");

        held.Dispose();
        time.Advance(TimeSpan.FromSeconds(5));
        using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(lease.IsAcquired, Is.True);
    }

    /// <summary>A clock whose timers never fire: only explicit calls move the limiter.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public TimeSpan Now { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Now.Ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new InertTimer();

        private sealed class InertTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => default;
        }
    }
}
