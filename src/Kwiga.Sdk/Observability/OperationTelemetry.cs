using System.Diagnostics;
using Kwiga.Sdk.Client;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Observability;

/// <summary>
/// One SDK call while someone listens: its span (named after the route, kind Internal, the parent of
/// Kiota's span and of HttpClient's span per attempt) and its <c>kwiga.client.operation.duration</c>.
/// The adapter starts it and attaches it to the request, so the handlers below add the call's retries
/// as <c>kwiga.retry</c> events and its waits as child spans. Created only when someone listens.
/// </summary>
internal sealed class OperationTelemetry : IRequestOption
{
    private readonly long _started;
    private readonly string _operation;
    private readonly string _method;
    private readonly string? _server;
    private int _statusCode;

    private OperationTelemetry(string operation, string method, string? server)
    {
        _operation = operation;
        _method = method;
        _server = server;
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>The call's span, or null when no trace listener samples it.</summary>
    public Activity? Span { get; private set; }

    /// <summary>Attempts sent so far (counted by <see cref="Middleware.AttemptTelemetryHandler"/>).</summary>
    public int Attempts { get; private set; }

    /// <summary>Whether anyone listens to the call-level instrument or to spans.</summary>
    public static bool Listening => KwigaTelemetry.OperationDuration.Enabled || KwigaTelemetry.Source.HasListeners();

    /// <summary>Starts the telemetry of the call <paramref name="request"/> (prepared: its intent attached, its URI built); null when nobody listens.</summary>
    public static OperationTelemetry? Start(RequestInformation request)
    {
        if (!Listening)
        {
            return null;
        }

        var intent = request.GetRequestOption<RequestIntent>();
        var telemetry = new OperationTelemetry(
            intent?.Operation ?? TelemetryTags.OtherOperation,
            TelemetryTags.MethodName(intent?.Method ?? request.HttpMethod),
            Host(request));
        var span = KwigaTelemetry.Source.StartActivity(telemetry._operation, ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.Operation, telemetry._operation);
            span.SetTag(TelemetryTags.Method, telemetry._method);
            span.SetTag(TelemetryTags.ServerAddress, telemetry._server);
        }

        telemetry.Span = span;
        request.AddRequestOptions([telemetry]);
        return telemetry;
    }

    /// <summary>The telemetry of the call <paramref name="request"/> belongs to, or null.</summary>
    public static OperationTelemetry? Of(HttpRequestMessage request) => request.GetRequestOption<OperationTelemetry>();

    /// <summary>Notes an attempt about to be sent.</summary>
    public void AttemptStarted() => Attempts++;

    /// <summary>Notes the status of the latest response.</summary>
    public void Answered(int statusCode) => _statusCode = statusCode;

    /// <summary>Adds a <c>kwiga.retry</c> event: the request is sent again after <paramref name="delay"/>.</summary>
    public void Retrying(string reason, TimeSpan delay, int? statusCode)
    {
        if (Span is not { IsAllDataRequested: true } span)
        {
            return;
        }

        var tags = new ActivityTagsCollection
        {
            { TelemetryTags.RetryReason, reason },
            { TelemetryTags.RetryDelay, delay.TotalSeconds },
            { TelemetryTags.RetryAttempt, Attempts + 1 },
        };
        if (statusCode is int status)
        {
            tags.Add(TelemetryTags.StatusCode, status);
        }

        span.AddEvent(new ActivityEvent("kwiga.retry", tags: tags));
    }

    /// <summary>Ends the call: <paramref name="failure"/> is what the caller gets, or null on success.</summary>
    public void Complete(Exception? failure)
    {
        var errorType = failure is null ? null : TelemetryTags.ErrorTypeOf(failure);
        if (Span is { } span)
        {
            if (span.IsAllDataRequested)
            {
                if (_statusCode != 0)
                {
                    span.SetTag(TelemetryTags.StatusCode, _statusCode);
                }

                if (errorType is not null)
                {
                    // No description and no exception event: an exception's message may carry values.
                    span.SetTag(TelemetryTags.ErrorType, errorType);
                    span.SetStatus(ActivityStatusCode.Error);
                }
            }

            span.Dispose();
        }

        if (KwigaTelemetry.OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { TelemetryTags.Operation, _operation },
                { TelemetryTags.Method, _method },
                { TelemetryTags.ServerAddress, _server },
            };
            if (_statusCode != 0)
            {
                tags.Add(TelemetryTags.StatusCode, _statusCode);
            }

            if (errorType is not null)
            {
                tags.Add(TelemetryTags.ErrorType, errorType);
            }

            KwigaTelemetry.OperationDuration.Record(Elapsed(_started), tags);
        }
    }

    private static double Elapsed(long started) =>
        (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;

    private static string? Host(RequestInformation request)
    {
        try
        {
            return request.URI.Host;
        }
        catch (InvalidOperationException)
        {
            // A template Kiota cannot expand without a base URL: no host to report.
            return null;
        }
    }
}
