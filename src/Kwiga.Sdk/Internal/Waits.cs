namespace Kwiga.Sdk.Internal;

/// <summary>Waiting on a <see cref="TimeProvider"/>, on every target framework.</summary>
internal static class Waits
{
    public static Task DelayAsync(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }

#if NET8_0_OR_GREATER
        return Task.Delay(delay, time, cancellationToken);
#else
        return time.Delay(delay, cancellationToken);
#endif
    }

    /// <summary>A token that cancels with <paramref name="cancellationToken"/> or after <paramref name="timeout"/> on <paramref name="time"/>.</summary>
    public static TimedCancellation CancelAfter(TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(time, timeout, cancellationToken);

    /// <summary>A linked cancellation source with a deadline on a <see cref="TimeProvider"/>; disposes both.</summary>
    internal sealed class TimedCancellation : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly ITimer? _timer;

        public TimedCancellation(TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (timeout != Timeout.InfiniteTimeSpan)
            {
                _timer = time.CreateTimer(static state => Cancel((CancellationTokenSource)state!), _source, timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, Timeout.InfiniteTimeSpan);
            }
        }

        public CancellationToken Token => _source.Token;

        public void Dispose()
        {
            _timer?.Dispose();
            _source.Dispose();
        }

        private static void Cancel(CancellationTokenSource source)
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The wait finished first.
            }
        }
    }
}
