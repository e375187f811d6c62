using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// The job every suite here runs: one launch, 10 warm-up and 10 measured iterations (a whole `bench`
/// run takes about 5 minutes on two cores), time and allocations, with the median beside the
/// mean because shared two-core machines are noisy. Ten warm-up iterations (~5 s) because the JIT's
/// tiering takes about 3 s to settle for a request through the SDK's pipeline; with 3 the request
/// benchmark measured code that was still being optimised (1.9x the baseline instead of ~1.1x).
/// </summary>
public sealed class ShortJobConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ShortJobConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(10).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        HideColumns(Column.Error);
    }
}
