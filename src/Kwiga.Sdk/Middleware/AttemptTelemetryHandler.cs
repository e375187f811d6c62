using System.Diagnostics;
using Kwiga.Sdk.Observability;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Measures each HTTP attempt (<c>kwiga.client.request.duration</c>) and counts 429s
/// (<c>kwiga.client.throttled</c>). It sits below <see cref="RateLimitHandler"/>, so an attempt's
/// duration excludes its wait for a permit, and above <see cref="AttemptTimeoutHandler"/>, so it sees
/// the whole response body and an attempt's timeout. With nobody listening it only passes the request on.
/// </summary>
internal sealed class AttemptTelemetryHandler : DelegatingHandler
{
    private readonly TimeProvider _time;

    /// <summary>Creates the handler; durations are read from <paramref name="timeProvider"/>.</summary>
    public AttemptTelemetryHandler(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        KwigaTelemetry.ObservesAttempts ? SendObservedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = OperationTelemetry.Of(request);
        operation?.AttemptStarted();
        var started = _time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            operation?.Answered(status);
            Record(request, started, status, TelemetryTags.ErrorTypeOf(status));
            if (status == 429 && KwigaTelemetry.Throttled.Enabled)
            {
                KwigaTelemetry.Throttled.Add(1, TelemetryTags.OperationOnly(KwigaTelemetry.OperationOf(request)));
            }

            return response;
        }
        catch (Exception e)
        {
            Record(request, started, null, TelemetryTags.ErrorTypeOf(e));
            throw;
        }
    }

    private void Record(HttpRequestMessage request, long started, int? status, string? errorType)
    {
        if (!KwigaTelemetry.RequestDuration.Enabled)
        {
            return;
        }

        var tags = TelemetryTags.Request(request);
        if (status is int code)
        {
            tags.Add(TelemetryTags.StatusCode, code);
        }

        if (errorType is not null)
        {
            tags.Add(TelemetryTags.ErrorType, errorType);
        }

        KwigaTelemetry.RequestDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
    }
}
