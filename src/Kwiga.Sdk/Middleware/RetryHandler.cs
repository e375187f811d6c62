using System.Net;
using Kwiga.Sdk.Client;
using Kwiga.Sdk.Internal;
using Kwiga.Sdk.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Retries transport failures (the response body included: <see cref="AttemptTimeoutHandler"/> reads it
/// within the attempt), attempt timeouts and 500/502/503/504 with exponential back-off — only when
/// resending cannot do something twice: GET, HEAD, OPTIONS, PUT and DELETE (also when tunnelled as POST
/// with <c>_method</c>) and the POST <c>/query</c> aliases the contract marks. A POST the server may have
/// processed is never re-sent; the caller gets the error. It replaces Kiota's RetryHandler, which
/// retries every method.
/// </summary>
internal sealed partial class RetryHandler : DelegatingHandler
{
    private readonly RetryOption _defaults;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler with the client's defaults.</summary>
    public RetryHandler(RetryOption defaults, ILogger logger, TimeProvider? timeProvider = null)
    {
        _defaults = Guard.NotNull(defaults, nameof(defaults));
        _logger = Guard.NotNull(logger, nameof(logger));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Whether resending <paramref name="request"/> is harmless: by the intent the adapter recorded
    /// (<see cref="RequestIntent"/>: the method it was asked with, a PUT sent as POST included, and the POST
    /// <c>/query</c> aliases, which only read), or by its method when it has none.
    /// </summary>
    internal static bool IsIdempotent(HttpRequestMessage request)
    {
        if (request.GetRequestOption<RequestIntent>() is { } intent)
        {
            return intent.IsIdempotent;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var option = request.GetRequestOption<RetryOption>() ?? _defaults;
        if (option.MaxRetries <= 0 || !IsIdempotent(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        var attempt = request;
        for (var retry = 0; ; retry++)
        {
            HttpResponseMessage? response = null;
            string failure;
            string reason;
            try
            {
                response = await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode) || retry >= option.MaxRetries)
                {
                    return response;
                }

                failure = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                reason = RetryTelemetry.ServerError;
            }
            catch (Exception e) when (IsTransportFailure(e) && !cancellationToken.IsCancellationRequested && retry < option.MaxRetries)
            {
                failure = e.GetType().Name;
                reason = RetryTelemetry.ReasonOf(e);
            }

            var delay = Backoff(option, retry, response);
            var status = response is null ? (int?)null : (int)response.StatusCode;
            response?.Dispose();
            LogRetry(_logger, attempt.Method.Method, attempt.RequestUri?.AbsolutePath ?? "?", failure, retry + 1, option.MaxRetries, delay.TotalMilliseconds);
            RetryTelemetry.Retrying(attempt, reason, delay, status);
            await Waits.DelayAsync(_time, delay, cancellationToken).ConfigureAwait(false);
            attempt = await RequestCloner.CloneAsync(request).ConfigureAwait(false);
        }
    }

    /// <summary>A connection that failed or broke, or an attempt that timed out (not the caller's cancellation).</summary>
    internal static bool IsTransportFailure(Exception e) => e is HttpRequestException or IOException or TimeoutException;

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan Backoff(RetryOption option, int retry, HttpResponseMessage? response)
    {
        var exponential = TimeSpan.FromTicks(Math.Min(option.MaxDelay.Ticks, option.BaseDelay.Ticks * (1L << Math.Min(retry, 30))));
        var asked = response?.Headers.RetryAfter is { } after
            ? after.Delta ?? (after.Date is { } date ? date - _time.GetUtcNow() : null)
            : null;
        if (asked is { } wait && wait > exponential)
        {
            return wait > option.MaxDelay ? option.MaxDelay : wait;
        }

        return exponential;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "KWIGA {Method} {Path} failed ({Failure}); retry {Retry} of {MaxRetries} in {DelayMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string method, string path, string failure, int retry, int maxRetries, double delayMs);
}
