namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Bounds one HTTP attempt (<c>KwigaOptions.Timeout</c>). <c>HttpClient.Timeout</c> cannot do this: it
/// would also count the time a request queues for a rate-limit permit. An expired attempt surfaces
/// as <see cref="TimeoutException"/>, distinct from the caller's own cancellation.
/// </summary>
internal sealed class AttemptTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler; <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public AttemptTimeoutHandler(TimeSpan timeout, TimeProvider? timeProvider = null)
    {
        _timeout = timeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_timeout == Timeout.InfiniteTimeSpan)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timer = _time.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), attempt, _timeout, Timeout.InfiniteTimeSpan);
        try
        {
            return await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The KWIGA request {request.Method} {request.RequestUri?.AbsolutePath} did not complete within {_timeout.TotalSeconds:0.#} s.");
        }
    }
}
