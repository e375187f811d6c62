using BenchmarkDotNet.Running;
using Kwiga.Sdk.Benchmarks.SharedBudget;
using Kwiga.Sdk.Benchmarks.Support;
using Kwiga.Sdk.Benchmarks.Throughput;

namespace Kwiga.Sdk.Benchmarks;

/// <summary>
/// <c>bench [BenchmarkDotNet arguments]</c>: the BenchmarkDotNet suites (all of them unless a
/// <c>--filter</c> is given). <c>throughput [options]</c>: the rate-limit throughput run; <c>shared-budget [options]</c>: the same
/// load from several processes sharing one token, in-process limiters against the Redis-shared one.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "throughput":
                return await ThroughputRun.RunAsync(ThroughputSettings.Parse(args[1..])).ConfigureAwait(false);
            case "shared-budget":
                return await SharedBudgetRun.RunAsync(SharedBudgetSettings.Parse(args[1..])).ConfigureAwait(false);
            case "shared-budget-worker":
                return await SharedBudgetWorker.RunAsync(SharedBudgetWorker.Arguments.Parse(args[1..])).ConfigureAwait(false);
            case "ratios":
                return await InterleavedRatios.RunAsync().ConfigureAwait(false);
            case "first-request":
                return await FirstRequest.RunAsync(args[1..]).ConfigureAwait(false);
            case "allocations":
                return await AllocationCount.RunAsync(args[1..]).ConfigureAwait(false);
            case "request-loop":
                return await RequestLoop.RunAsync(args[1..]).ConfigureAwait(false);
            case "stall-repro":
                return await LimiterStallRepro.RunAsync().ConfigureAwait(false);
            case "bench":
                var rest = args[1..];
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
                    .Run(rest.Any(a => a is "--filter" or "-f" or "--list") ? rest : [.. rest, "--filter", "*"]);
                return 0;
            case { } other when other.StartsWith('-'):
                // BenchmarkDotNet's own command line (e.g. --filter *Pipeline*).
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Kwiga.Sdk.Benchmarks -- bench [--filter <glob>] | throughput [--items N] [--callers K] [--page-size P] [--limit L] [--window-ms W] [--no-warmup] | shared-budget [--processes N] [--callers K] [--items N] [--page-size P] [--limit L] [--window-ms W] [--redis host:port] | ratios | first-request [raw] | request-loop [seconds] [raw] | allocations [listen] [requests] | stall-repro");
                return 2;
        }
    }
}
