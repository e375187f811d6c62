using System.Net;
using Kwiga.Sdk.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Retries transport failures, attempt timeouts and 500/502/503/504 with exponential back-off —
/// only when resending cannot do something twice: GET, HEAD, OPTIONS, PUT and DELETE (also when
/// tunnelled as POST with <c>_method</c>). A POST the server may have processed is never re-sent;
/// the caller gets the error. It replaces Kiota's RetryHandler, which retries every method.
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

    /// <summary>Whether resending <paramref name="request"/> is harmless.</summary>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        Guard.NotNull(request, nameof(request));
        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete)
        {
            return true;
        }

        // MethodOverrideHandler sends PUT/DELETE as POST with _method: still a PUT/DELETE to Laravel.
        var query = request.RequestUri?.Query ?? string.Empty;
        return method == HttpMethod.Post &&
            (query.Contains("_method=PUT") || query.Contains("_method=DELETE"));
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
            try
            {
                response = await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode) || retry >= option.MaxRetries)
                {
                    return response;
                }

                failure = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException && !cancellationToken.IsCancellationRequested && retry < option.MaxRetries)
            {
                failure = e.GetType().Name;
            }

            var delay = Backoff(option, retry, response);
            response?.Dispose();
            LogRetry(_logger, attempt.Method.Method, attempt.RequestUri?.AbsolutePath ?? "?", failure, retry + 1, option.MaxRetries, delay.TotalMilliseconds);
            await Waits.DelayAsync(_time, delay, cancellationToken).ConfigureAwait(false);
            attempt = await RequestCloner.CloneAsync(request).ConfigureAwait(false);
        }
    }

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
