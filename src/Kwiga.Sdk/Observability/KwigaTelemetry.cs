using System.Diagnostics;
using System.Diagnostics.Metrics;
using Kwiga.Sdk.Client;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Observability;

/// <summary>
/// The SDK's <see cref="Meter"/> and <see cref="ActivitySource"/>, both named <c>Kwiga.Sdk</c>
/// (<c>AddMeter("Kwiga.Sdk")</c>, <c>AddSource("Kwiga.Sdk")</c> in OpenTelemetry), and their instruments.
/// Names, units and attributes follow OpenTelemetry's conventions (durations in seconds); README.md,
/// "Observability", documents each one and a test holds the two together. Every recording site checks
/// <see cref="Instrument.Enabled"/> or <see cref="ActivitySource.HasListeners"/> first: with nobody
/// listening a request allocates nothing more than without telemetry.
/// </summary>
internal static class KwigaTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "Kwiga.Sdk";

    /// <summary>Spans: one per SDK call, and rate-limit waits.</summary>
    public static readonly ActivitySource Source = new(Name, KwigaVersion.Informational);

    /// <summary>Every instrument of the SDK.</summary>
    public static readonly Meter Meter = new(Name, KwigaVersion.Informational);

    /// <summary>One HTTP attempt, from sending to the whole response (rate-limit waits excluded).</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "kwiga.client.request.duration", "s", "Duration of one HTTP attempt to the KWIGA API, the whole response body included.");

    /// <summary>One SDK call, from the caller's await to its result: waits and retries included.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "kwiga.client.operation.duration", "s", "Duration of one SDK call, rate-limit waits and retries included.");

    /// <summary>Time spent waiting for the token's budget: a permit, or a 429's delay.</summary>
    public static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>(
        "kwiga.client.rate_limit.wait.duration", "s", "Time a request waited for the token's rate-limit budget (a permit, or the delay a 429 asked for).");

    /// <summary>Requests waiting for a permit right now.</summary>
    public static readonly UpDownCounter<long> RateLimitQueued = Meter.CreateUpDownCounter<long>(
        "kwiga.client.rate_limit.queued", "{request}", "Requests waiting for a permit of the token's rate-limit budget.");

    /// <summary>429 responses received.</summary>
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "kwiga.client.throttled", "{response}", "429 Too Many Requests responses received.");

    /// <summary>Requests sent again, by reason.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "kwiga.client.retries", "{retry}", "Requests sent again by the SDK, by reason.");

    /// <summary>Pages fetched by auto-pagination.</summary>
    public static readonly Counter<long> Pages = Meter.CreateCounter<long>(
        "kwiga.client.pages", "{page}", "Pages fetched by auto-pagination (GetAllAsync, GetPagesAsync, PostAllAsync, PostPagesAsync).");

    /// <summary>Success statuses whose body was not the operation's JSON.</summary>
    public static readonly Counter<long> UnexpectedResponses = Meter.CreateCounter<long>(
        "kwiga.client.unexpected_responses", "{response}", "Success responses the SDK could not use (another content type, broken JSON, no data), by reason.");

    /// <summary>Whether anyone listens to the attempt-level instruments or to spans (checked once per attempt).</summary>
    public static bool ObservesAttempts => RequestDuration.Enabled || Throttled.Enabled || Source.HasListeners();

    /// <summary>The operation a request belongs to, for the <c>kwiga.operation</c> attribute.</summary>
    public static string OperationOf(HttpRequestMessage request) =>
        Intent(request)?.Operation ?? TelemetryTags.OtherOperation;

    /// <summary>The adapter's <see cref="RequestIntent"/> of <paramref name="request"/>, or null when it did not come through the adapter.</summary>
    public static RequestIntent? Intent(HttpRequestMessage request) =>
        request.GetRequestOption<RequestIntent>();
}
