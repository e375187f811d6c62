using System.Net;
using System.Threading.RateLimiting;
using Kwiga.Sdk.Errors;
using Kwiga.Sdk.Internal;
using Kwiga.Sdk.Observability;
using Kwiga.Sdk.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Spends the token's budget without a 429: every attempt first takes a permit from the token's
/// limiter (queueing, not failing), every response resynchronises the limiter with the server's
/// <c>X-RateLimit-Remaining</c> (a 429's <c>Remaining: 0</c> empties the local budget, so requests
/// sharing the token hold back too), and a 429 — which the server did not process, so resending is
/// safe for every method — is resent after <c>Retry-After</c> (or at <c>X-RateLimit-Reset</c>), when the
/// SDK's own budget gets back what the server's ended window counted. Bounded by <see cref="RateLimitOption.MaxWait"/>; past it the caller gets
/// <see cref="KwigaRateLimitException"/>.
/// </summary>
internal sealed partial class RateLimitHandler : DelegatingHandler
{
    private static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    private readonly RateLimitOption _defaults;
    private readonly RateLimiter _budget;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="defaults">The client's settings; a request's own <see cref="RateLimitOption"/> wins.</param>
    /// <param name="budget">The client's token's limiter.</param>
    /// <param name="logger">Where waits are logged.</param>
    /// <param name="timeProvider">The clock every wait uses.</param>
    public RateLimitHandler(RateLimitOption defaults, RateLimiter budget, ILogger logger, TimeProvider? timeProvider = null)
    {
        _defaults = Guard.NotNull(defaults, nameof(defaults));
        _budget = Guard.NotNull(budget, nameof(budget));
        _logger = Guard.NotNull(logger, nameof(logger));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var option = request.GetRequestOption<RateLimitOption>() ?? _defaults;
        var limiter = option.Enabled ? _budget : null;
        if (limiter is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var started = _time.GetTimestamp();
        var attempt = request;
        while (true)
        {
            HttpResponseMessage response;

            // The permit is released when the response arrives (not while a 429 is waited out): the
            // server counted the request before that, so its window starts no later than ours.
            using (await AcquireAsync(limiter, attempt, option, started, cancellationToken).ConfigureAwait(false))
            {
                response = await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
            }

            var headers = RateLimitHeaders.Read(response.Headers, _time.GetUtcNow());
            Resynchronise(limiter, headers);
            if (response.StatusCode != (HttpStatusCode)429)
            {
                return response;
            }

            var told = headers.DelayFrom(_time.GetUtcNow());
            if (told is { } serverWindowEnd && limiter is SlidingLogRateLimiter log)
            {
                // The budget just emptied returns when the server's window ends, not a whole window later.
                log.ServerWindowEndsIn(serverWindowEnd);
            }

            var delay = told ?? DefaultRetryDelay;
            if (_time.GetElapsedTime(started) + delay > option.MaxWait)
            {
                LogGivingUp(_logger, attempt.Method.Method, attempt.RequestUri?.AbsolutePath ?? "?", delay.TotalSeconds);
                return response;
            }

            LogWaiting(_logger, attempt.Method.Method, attempt.RequestUri?.AbsolutePath ?? "?", delay.TotalSeconds);
            response.Dispose();
            RetryTelemetry.Retrying(attempt, RetryTelemetry.Throttled, delay, 429);
            var waited = RateLimitWait.Start(_time, attempt, RateLimitWait.RetryAfter, delay > TimeSpan.Zero);
            try
            {
                await Waits.DelayAsync(_time, delay, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (RateLimitWait.Failed(waited, e))
            {
                throw; // never reached: the filter records the failure and lets it pass
            }

            waited?.Stop();
            attempt = await RequestCloner.CloneAsync(request).ConfigureAwait(false);
        }
    }

    private static void Resynchronise(RateLimiter limiter, RateLimitHeaders headers)
    {
        // The server counts other processes' requests too: when it has fewer permits left than we
        // think, spend the difference locally. (We never add permits; the window returns them.)
        if (headers.Remaining is int remaining && limiter.GetStatistics() is { } statistics && statistics.CurrentAvailablePermits > remaining)
        {
            limiter.AttemptAcquire((int)Math.Min(int.MaxValue, statistics.CurrentAvailablePermits - remaining)).Dispose();
        }
    }

    private async Task<RateLimitLease> AcquireAsync(RateLimiter limiter, HttpRequestMessage request, RateLimitOption option, long started, CancellationToken cancellationToken)
    {
        var left = option.MaxWait - _time.GetElapsedTime(started);
        using var wait = Waits.CancelAfter(_time, left < TimeSpan.Zero ? TimeSpan.Zero : left, cancellationToken);
        var pending = limiter.AcquireAsync(1, wait.Token);
        var waited = RateLimitWait.Start(_time, request, RateLimitWait.Budget, !pending.IsCompleted);
        try
        {
            var lease = await pending.ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                waited?.Stop();
                return lease;
            }

            lease.Dispose();
            waited?.Stop(RateLimitWait.QueueFull);
            throw LocalRefusal(request, "the queue for the token's rate-limit budget is full");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            waited?.Stop(RateLimitWait.MaxWait);
            throw LocalRefusal(request, $"no rate-limit permit within {option.MaxWait.TotalSeconds:0.#} s (RateLimitOption.MaxWait)");
        }
        catch (Exception e) when (RateLimitWait.Failed(waited, e))
        {
            throw; // never reached: the filter records the failure and lets it pass
        }
    }

    private static KwigaRateLimitException LocalRefusal(HttpRequestMessage request, string reason) =>
        new(KwigaErrorDetails.NotSentLocally(request, 429, reason), null, null, null);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "KWIGA {Method} {Path} got 429; the token's budget pauses for {DelaySeconds:0.###} s, then the request is resent")]
    private static partial void LogWaiting(ILogger logger, string method, string path, double delaySeconds);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "KWIGA {Method} {Path} got 429 and waiting {DelaySeconds:0.###} s more would pass RateLimitOption.MaxWait; giving up")]
    private static partial void LogGivingUp(ILogger logger, string method, string path, double delaySeconds);
}
