namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Bounds one HTTP attempt (<c>KwigaOptions.Timeout</c>), and makes an attempt end when the whole response
/// has arrived: the body is read here (<see cref="BufferedContent"/>), so a connection that breaks in the
/// middle of it fails this attempt, which <see cref="RetryHandler"/> can send again. <c>HttpClient.Timeout</c>
/// cannot do this: it would also count the time a request queues for a rate-limit permit. An expired
/// attempt surfaces as <see cref="TimeoutException"/>, distinct from the caller's own cancellation;
/// <see cref="ErrorHandler"/> turns it into a <see cref="KwigaTimeoutException"/>.
/// </summary>
internal sealed class AttemptTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler; <see cref="Timeout.InfiniteTimeSpan"/> disables the bound (the body is still read within the attempt).</summary>
    public AttemptTimeoutHandler(TimeSpan timeout, TimeProvider? timeProvider = null)
    {
        _timeout = timeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The bound of one attempt.</summary>
    public TimeSpan Timeout => _timeout;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return await SendWholeAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timer = _time.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), attempt, _timeout, System.Threading.Timeout.InfiniteTimeSpan);
        try
        {
            return await SendWholeAsync(request, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The KWIGA request {request.Method} {request.RequestUri?.AbsolutePath} did not complete within {_timeout.TotalSeconds:0.###} s.");
        }
    }

    private async Task<HttpResponseMessage> SendWholeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is null or BufferedContent)
        {
            return response;
        }

        try
        {
            var original = response.Content;
            response.Content = await BufferedContent.ReadAsync(original, cancellationToken).ConfigureAwait(false);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
