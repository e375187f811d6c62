using System.Diagnostics;

namespace Kwiga.Sdk.Observability;

/// <summary>
/// One wait for the token's budget, while someone listens: its duration
/// (<c>kwiga.client.rate_limit.wait.duration</c>), its place in the queue (<c>kwiga.client.rate_limit.queued</c>)
/// and, when it really waits, a <c>kwiga.rate_limit.wait</c> span under the call's span. An immediate permit
/// records a zero wait and no span. Null (nothing allocated) when nobody listens.
/// </summary>
internal sealed class RateLimitWait
{
    /// <summary>Waiting for a permit of the budget.</summary>
    public const string Budget = "budget";

    /// <summary>Waiting out the delay a 429 asked for.</summary>
    public const string RetryAfter = "retry_after";

    /// <summary><c>error.type</c>: the queue for permits was full.</summary>
    public const string QueueFull = "queue_full";

    /// <summary><c>error.type</c>: no permit within <c>RateLimitOption.MaxWait</c>.</summary>
    public const string MaxWait = "max_wait";

    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly string _operation;
    private readonly string _reason;
    private readonly bool _waits;
    private readonly bool _queued;
    private readonly Activity? _span;
    private bool _stopped;

    private RateLimitWait(TimeProvider time, HttpRequestMessage request, string reason, bool waits)
    {
        _time = time;
        _started = time.GetTimestamp();
        _operation = KwigaTelemetry.OperationOf(request);
        _reason = reason;
        _waits = waits;
        if (waits && reason == Budget && KwigaTelemetry.RateLimitQueued.Enabled)
        {
            _queued = true;
            KwigaTelemetry.RateLimitQueued.Add(1, TelemetryTags.OperationOnly(_operation));
        }

        if (waits && KwigaTelemetry.Source.HasListeners())
        {
            // Under the call's span, and never current: nothing runs inside a wait.
            var current = Activity.Current;
            var parent = OperationTelemetry.Of(request)?.Span?.Context ?? current?.Context ?? default;
            _span = KwigaTelemetry.Source.StartActivity("kwiga.rate_limit.wait", ActivityKind.Internal, parent);
            Activity.Current = current;
            if (_span is { IsAllDataRequested: true })
            {
                _span.SetTag(TelemetryTags.Operation, _operation);
                _span.SetTag(TelemetryTags.WaitReason, reason);
            }
        }
    }

    /// <summary>Starts a wait of <paramref name="request"/> for <paramref name="reason"/>; <paramref name="waits"/> is false for a permit granted at once. Null when nobody listens.</summary>
    public static RateLimitWait? Start(TimeProvider time, HttpRequestMessage request, string reason, bool waits) =>
        KwigaTelemetry.RateLimitWait.Enabled || KwigaTelemetry.RateLimitQueued.Enabled || KwigaTelemetry.Source.HasListeners()
            ? new RateLimitWait(time, request, reason, waits)
            : null;

    /// <summary>Ends the wait; <paramref name="errorType"/> when it ended without a permit. Only the first call counts.</summary>
    public void Stop(string? errorType = null)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (_queued)
        {
            KwigaTelemetry.RateLimitQueued.Add(-1, TelemetryTags.OperationOnly(_operation));
        }

        if (_span is { } span)
        {
            if (errorType is not null && span.IsAllDataRequested)
            {
                span.SetTag(TelemetryTags.ErrorType, errorType);
                span.SetStatus(ActivityStatusCode.Error);
            }

            var current = Activity.Current;
            span.Dispose();
            Activity.Current = current;
        }

        if (KwigaTelemetry.RateLimitWait.Enabled)
        {
            var tags = new TagList
            {
                { TelemetryTags.Operation, _operation },
                { TelemetryTags.WaitReason, _reason },
            };
            if (errorType is not null)
            {
                tags.Add(TelemetryTags.ErrorType, errorType);
            }

            KwigaTelemetry.RateLimitWait.Record(_waits ? _time.GetElapsedTime(_started).TotalSeconds : 0, tags);
        }
    }

    /// <summary>
    /// For an exception filter: ends the wait with the exception's type and returns false, so the
    /// exception passes on untouched.
    /// </summary>
    public static bool Failed(RateLimitWait? wait, Exception exception)
    {
        wait?.Stop(TelemetryTags.ErrorTypeOf(exception));
        return false;
    }
}
