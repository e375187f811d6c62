using System.Diagnostics;
using Kwiga.Sdk.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Logs every attempt: method, path (no query string, which may carry emails), status, duration and
/// the rate-limit state the server reported. Headers are never logged, so neither are the token and
/// cabinet hash.
/// </summary>
internal sealed partial class LoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    public LoggingHandler(ILogger logger, TimeProvider? timeProvider = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "?";
        var started = _time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(started);
            var limits = RateLimitHeaders.Read(response.Headers, _time.GetUtcNow());
            if (response.IsSuccessStatusCode)
            {
                LogResponse(_logger, request.Method.Method, path, (int)response.StatusCode, elapsed.TotalMilliseconds, limits.Limit, limits.Remaining);
            }
            else
            {
                LogFailure(_logger, request.Method.Method, path, (int)response.StatusCode, elapsed.TotalMilliseconds, limits.Limit, limits.Remaining);
            }

            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            LogTransportFailure(_logger, request.Method.Method, path, _time.GetElapsedTime(started).TotalMilliseconds, e.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "KWIGA {Method} {Path} -> {Status} in {ElapsedMs:0} ms (rate limit {Limit}, remaining {Remaining})")]
    private static partial void LogResponse(ILogger logger, string method, string path, int status, double elapsedMs, int? limit, int? remaining);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "KWIGA {Method} {Path} -> {Status} in {ElapsedMs:0} ms (rate limit {Limit}, remaining {Remaining})")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, double elapsedMs, int? limit, int? remaining);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "KWIGA {Method} {Path} failed after {ElapsedMs:0} ms: {Error}")]
    private static partial void LogTransportFailure(ILogger logger, string method, string path, double elapsedMs, string error);
}
