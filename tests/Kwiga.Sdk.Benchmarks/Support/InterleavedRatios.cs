using System.Diagnostics;
using System.Globalization;
using Kwiga.Sdk.Benchmarks.Deserialization;
using Kwiga.Sdk.Benchmarks.Pipeline;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// <c>ratios</c>: the issue-4 comparisons again, interleaved. BenchmarkDotNet measures one benchmark
/// after another, minutes apart; on a shared two-core machine the speed drifts between them, so its
/// time ratios vary from run to run (allocations do not). Here every round runs each contender in
/// turn over the same methods, and the ratio is the median of the per-round ratios.
/// </summary>
public static class InterleavedRatios
{
    private const int Rounds = 15;
    private const int OperationsPerRound = 1000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(4);

    /// <summary>Prints one markdown table; returns 0.</summary>
    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"{WarmUp.TotalSeconds:0} s warm-up and {Rounds} rounds × {OperationsPerRound} operations per contender, interleaved; time = median µs per operation.");
        Console.WriteLine();
        Console.WriteLine("| comparison | contender | median time | time ratio (median of rounds) | allocated | alloc ratio |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var example in Enum.GetValues<DocsExample>())
        {
            var readers = new DeserializationBenchmarks { Example = example };
            readers.Setup();
            await CompareAsync($"deserialise {example}", [
                ("STJ source-gen", async () => await readers.SystemTextJson().ConfigureAwait(false)),
                ("SDK (binder)", readers.SdkReader),
                ("SDK (lenient)", readers.SdkLenient),
                ("Kiota stock", readers.KiotaStock)]).ConfigureAwait(false);
        }

        var pipeline = new PipelineBenchmarks();
        pipeline.Setup();
        await CompareAsync("GET course users (withInclude)", [
            ("HttpClient + STJ", pipeline.RawHttpClient),
            ("SDK (rate limit off)", pipeline.Sdk),
            ("SDK (rate limit on)", pipeline.SdkWithBudget)]).ConfigureAwait(false);
        pipeline.Cleanup();
        return 0;
    }

    private static async Task CompareAsync(string name, (string Name, Func<Task> Run)[] contenders)
    {
        // Warm-up by time, not by count: the JIT's tiering (tier 0, instrumented, optimised with
        // profile data) takes seconds to settle for code as large as the SDK's pipeline (its
        // first seconds run at 3-5x its steady time), and a comparison must not price that.
        var warm = new TimeSpan[contenders.Length];
        while (warm.Any(w => w < WarmUp))
        {
            for (var c = 0; c < contenders.Length; c++)
            {
                if (warm[c] >= WarmUp)
                {
                    continue;
                }

                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < OperationsPerRound; i++)
                {
                    await contenders[c].Run().ConfigureAwait(false);
                }

                warm[c] += Stopwatch.GetElapsedTime(started);
            }
        }

        var times = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = new long[contenders.Length];
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < contenders.Length; c++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < OperationsPerRound; i++)
                {
                    await contenders[c].Run().ConfigureAwait(false);
                }

                times[c].Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds / OperationsPerRound);
                bytes[c] = (GC.GetTotalAllocatedBytes(precise: true) - before) / OperationsPerRound;
            }
        }

        for (var c = 0; c < contenders.Length; c++)
        {
            var ratio = Median(Enumerable.Range(0, Rounds).Select(r => times[c][r] / times[0][r]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(c == 0 ? name : "")} | {contenders[c].Name} | {Median(times[c]):0.0} µs | {ratio:0.00} | {bytes[c] / 1024.0:0.0} KB | {(double)bytes[c] / bytes[0]:0.00} |"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
