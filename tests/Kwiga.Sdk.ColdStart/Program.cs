using Kwiga.Sdk.ColdStart.Comparison;
using Kwiga.Sdk.ColdStart.Contenders;

namespace Kwiga.Sdk.ColdStart;

/// <summary>
/// <c>compare [rounds] [--http]</c>: serves a page of course users on loopback (HTTPS unless <c>--http</c>) and starts one fresh process per
/// contender and round, interleaved, then prints the medians. <c>sdk|kiota|raw URL STARTED</c>: one
/// such process (what <c>compare</c> starts); <c>STARTED</c> is the parent's
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp just before it started this process.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        // Each contender is its own class, so a process loads only the assemblies its contender uses.
        switch (args)
        {
            case ["compare", .. var options]:
                var rounds = options.FirstOrDefault(o => !o.StartsWith('-')) is { } given ? int.Parse(given, System.Globalization.CultureInfo.InvariantCulture) : 8;
                return await ColdStartComparison.RunAsync(rounds, https: !options.Contains("--http")).ConfigureAwait(false);
            case ["sdk", var url, var started]:
                return await SdkContender.RunAsync(new Clock(started), new Uri(url)).ConfigureAwait(false);
            case ["kiota", var url, var started]:
                return await KiotaContender.RunAsync(new Clock(started), new Uri(url)).ConfigureAwait(false);
            case ["raw", var url, var started]:
                return await RawContender.RunAsync(new Clock(started), new Uri(url)).ConfigureAwait(false);
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Kwiga.Sdk.ColdStart -- compare [rounds] [--http]");
                return 2;
        }
    }
}
