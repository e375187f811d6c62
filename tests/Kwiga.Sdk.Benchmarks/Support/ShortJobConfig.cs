using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// The job every suite here runs: one launch, 3 warm-up and 10 measured iterations (a whole `bench`
/// run takes about 3.5 minutes on two cores), time and allocations, with the median beside the
/// mean because shared two-core machines are noisy.
/// </summary>
public sealed class ShortJobConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ShortJobConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        HideColumns(Column.Error);
    }
}
