using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Kwiga.Testing;

/// <summary>One measurement an instrument recorded: the instrument's name, unit and kind, the value and every attribute.</summary>
internal sealed record CapturedMeasurement(string Instrument, string? Unit, string Kind, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    /// <summary>The attribute <paramref name="name"/> as text, or null.</summary>
    public string? Tag(string name) => Tags.TryGetValue(name, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// What an OpenTelemetry exporter would see of the running test, and nothing of any other: a
/// <see cref="MeterListener"/> on the SDK's meters and an <see cref="ActivityListener"/> on every activity
/// source, both kept to the trace of a root activity this capture starts (and makes current). Tests and
/// fire-and-forget work of other tests run in the same process; their spans belong to other traces (or
/// none) and their measurements are recorded under other current activities, so they are never counted.
/// Start it before the client sends; dispose it (or call <see cref="Stop"/>) before asserting.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("Kwiga.Testing.TelemetryCapture");

    private readonly string _rootName = "test " + Guid.NewGuid().ToString("N");
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly Activity _root;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<CapturedMeasurement> _measurements = new();
    private readonly Activity? _previous;
    private int _stopped;

    /// <param name="meters">The meters listened to: the SDK's and Kwiga.Sdk.Redis's by default.</param>
    public TelemetryCapture(params string[] meters)
    {
        var meterNames = meters.Length == 0 ? ["Kwiga.Sdk", "Kwiga.Sdk.Redis"] : meters;
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = Sample,
            ActivityStopped = a =>
            {
                if (a.TraceId == TraceId && !ReferenceEquals(a, _root))
                {
                    _spans.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);

        _previous = Activity.Current;
        Activity.Current = null; // a trace of its own, whatever the test runs under
        _root = TestSource.StartActivity(_rootName, ActivityKind.Internal, default(ActivityContext))
            ?? throw new InvalidOperationException("the capture's own root activity was not sampled");
        TraceId = _root.TraceId;

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (meterNames.Contains(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _meters.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        _meters.Start();
    }

    /// <summary>The trace every captured span and measurement belongs to.</summary>
    public ActivityTraceId TraceId { get; }

    /// <summary>The spans of this trace that ended, the capture's root excepted.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>The measurements recorded under this trace.</summary>
    public IReadOnlyList<CapturedMeasurement> Measurements => [.. _measurements];

    /// <summary>The measurements of <paramref name="instrument"/>.</summary>
    public IReadOnlyList<CapturedMeasurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>The sum of <paramref name="instrument"/>'s values whose attributes include <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Name, string Value)[] tags) =>
        Of(instrument).Where(m => tags.All(t => m.Tag(t.Name) == t.Value)).Sum(m => m.Value);

    /// <summary>The spans of the SDK's own source (<c>Kwiga.Sdk</c>).</summary>
    public IReadOnlyList<Activity> SdkSpans => [.. Spans.Where(s => s.Source.Name == "Kwiga.Sdk")];

    /// <summary>Stops listening and ends the root; what was captured stays readable.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _meters.Dispose();
        _root.Stop();
        Activity.Current = _previous;
        _activities.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => Stop();

    private ActivitySamplingResult Sample(ref ActivityCreationOptions<ActivityContext> options)
    {
        if (options.Source == TestSource)
        {
            return options.Name == _rootName ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None;
        }

        // Only this test's trace: other tests get no spans from this listener (and no trace headers).
        return options.Parent.TraceId == TraceId && TraceId != default ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None;
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        if (Activity.Current?.TraceId != TraceId || Volatile.Read(ref _stopped) != 0)
        {
            return;
        }

        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new CapturedMeasurement(instrument.Name, instrument.Unit, KindOf(instrument), Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }

    private static string KindOf(Instrument instrument)
    {
        var type = instrument.GetType();
        var name = type.IsGenericType ? type.GetGenericTypeDefinition().Name : type.Name;
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name[..tick];
    }
}
