using System.Diagnostics.Metrics;
using System.Globalization;

namespace Kwiga.Sdk.Sample.Output;

/// <summary>
/// The run in one line, read from the SDK's own metrics (the meter <c>Kwiga.Sdk</c>) with a
/// <see cref="MeterListener"/>, as a dashboard would read them through OpenTelemetry: calls, HTTP
/// requests, waits for the rate limit, retries, 429s and pages.
/// </summary>
internal sealed class RunSummary : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _calls;
    private long _requests;
    private long _waits;
    private double _waited;
    private long _retries;
    private long _throttled;
    private long _pages;

    private RunSummary()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Kwiga.Sdk")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument.Name, value));
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument.Name, value));
        _listener.Start();
    }

    /// <summary>Starts listening; dispose to stop.</summary>
    public static RunSummary Start() => new();

    /// <summary><c>This run: 8 calls, 8 HTTP requests; rate limit: 0 waits, 0.0 s in all; retries: 0; 0 × 429; 7 pages.</c></summary>
    public string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "This run: {0} calls, {1} HTTP requests; rate limit: {2} waits, {3:0.0} s in all; retries: {4}; {5} × 429; {6} pages.",
        Interlocked.Read(ref _calls),
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _waits),
        Volatile.Read(ref _waited),
        Interlocked.Read(ref _retries),
        Interlocked.Read(ref _throttled),
        Interlocked.Read(ref _pages));

    public void Dispose() => _listener.Dispose();

    private void Record(string instrument, double value)
    {
        switch (instrument)
        {
            case "kwiga.client.operation.duration":
                Interlocked.Increment(ref _calls);
                break;
            case "kwiga.client.request.duration":
                Interlocked.Increment(ref _requests);
                break;
            case "kwiga.client.rate_limit.wait.duration" when value > 0:
                // An immediate permit records a zero wait: only real waits count.
                Interlocked.Increment(ref _waits);
                Add(ref _waited, value);
                break;
            case "kwiga.client.retries":
                Interlocked.Add(ref _retries, (long)value);
                break;
            case "kwiga.client.throttled":
                Interlocked.Add(ref _throttled, (long)value);
                break;
            case "kwiga.client.pages":
                Interlocked.Add(ref _pages, (long)value);
                break;
        }
    }

    private static void Add(ref double total, double value)
    {
        double before, after;
        do
        {
            before = Volatile.Read(ref total);
            after = before + value;
        }
        while (Interlocked.CompareExchange(ref total, after, before) != before);
    }
}
