using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Kwiga.Sdk.Benchmarks.Pipeline;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// <c>allocations [listen] [requests]</c>: exact bytes allocated per request by the pipeline benchmark's
/// GET, counted with the GC's own counters around 25,000 requests (after 3 s of warm-up per row: until
/// the JIT's tiering has settled, allocations still change, since optimised code allocates some objects
/// on the stack) instead of BenchmarkDotNet's sampling. <c>listen</c> attaches what an OpenTelemetry SDK would: a
/// <see cref="MeterListener"/> on the meter <c>Kwiga.Sdk</c> and an <see cref="ActivityListener"/> that
/// records every span of the source <c>Kwiga.Sdk</c>. One process per figure: compare several.
/// </summary>
public static class AllocationCount
{
    /// <summary>Runs the count and prints one line per row; returns 0.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var listen = args.Contains("listen");
        var requests = args.FirstOrDefault(a => a.All(char.IsDigit)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 25_000;
        using var meters = listen ? ListenToMeters() : null;
        using var spans = listen ? ListenToSpans() : null;

        var pipeline = new PipelineBenchmarks();
        pipeline.Setup();
        var rows = new (string Name, Func<Task> Send)[]
        {
            ("SDK (rate limit off)", pipeline.Sdk),
            ("SDK (rate limit on)", pipeline.SdkWithBudget),
            ("SDK (rate limit on, transport yields)", pipeline.SdkTransportYields),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(listen ? "listener attached" : "no listener")}, {requests} requests per row"));
        foreach (var (name, send) in rows)
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(3))
            {
                await send().ConfigureAwait(false);
            }

            // The process-wide count: with a yielding transport the continuations run on pool threads, so
            // this thread's count would miss them (it is printed where every await completes at once).
            var thread = GC.GetAllocatedBytesForCurrentThread();
            var total = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < requests; i++)
            {
                await send().ConfigureAwait(false);
            }

            var perThread = (GC.GetAllocatedBytesForCurrentThread() - thread) / (double)requests;
            var perProcess = (GC.GetTotalAllocatedBytes(precise: true) - total) / (double)requests;
            var threadNote = name.Contains("yields", StringComparison.Ordinal) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {perThread:0} B (this thread)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {perProcess:0} B per request (process){threadNote}"));
        }

        pipeline.Cleanup();
        return 0;
    }

    private static MeterListener ListenToMeters()
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name.StartsWith("Kwiga.Sdk", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        listener.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        listener.Start();
        return listener;
    }

    private static ActivityListener ListenToSpans()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Kwiga.Sdk",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
