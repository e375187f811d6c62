using System.Diagnostics;
using System.Globalization;

namespace Kwiga.Sdk.ColdStart.Comparison;

/// <summary>
/// Starts <c>rounds</c> fresh processes per contender, interleaved (the order rotates each round, so a
/// machine that slows down or speeds up weighs on every contender alike), and prints the medians of
/// each phase in milliseconds since the process was started.
/// </summary>
public static class ColdStartComparison
{
    private static readonly string[] Contenders = ["sdk", "kiota", "raw"];
    private static readonly string[] Phases = ["main", "client", "response", "exit"];

    /// <summary>Runs the comparison; 0 when every process read the page.</summary>
    public static async Task<int> RunAsync(int rounds, bool https)
    {
        await using var server = await CannedServer.StartAsync(https).ConfigureAwait(false);
        var results = Contenders.ToDictionary(c => c, _ => new List<Dictionary<string, double>>());

        // One unmeasured process per contender: the first start of a binary pays for the OS's file cache.
        foreach (var contender in Contenders)
        {
            await StartAsync(contender, server.BaseUrl).ConfigureAwait(false);
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < Contenders.Length; i++)
            {
                var contender = Contenders[(round + i) % Contenders.Length];
                results[contender].Add(await StartAsync(contender, server.BaseUrl).ConfigureAwait(false));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Medians of {rounds} fresh processes each over {server.BaseUrl.Scheme}, ms since the process was started ({Environment.ProcessorCount} cores, .NET {Environment.Version}):"));
        Console.WriteLine();
        Console.WriteLine("| contender | Main entered | client created | first response read | process exited |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var contender in Contenders)
        {
            var cells = Phases.Select(p => Median(results[contender].Select(r => r[p])).ToString("0", CultureInfo.InvariantCulture));
            Console.WriteLine($"| {contender} | {string.Join(" | ", cells)} |");
        }

        var sdk = Median(results["sdk"].Select(r => r["response"]));
        var kiota = Median(results["kiota"].Select(r => r["response"]));
        var raw = Median(results["raw"].Select(r => r["response"]));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first response: SDK {sdk / kiota:0.00}x plain Kiota, {sdk / raw:0.00}x HttpClient + STJ"));
        return 0;
    }

    private static async Task<Dictionary<string, double>> StartAsync(string contender, Uri baseUrl)
    {
        var self = typeof(ColdStartComparison).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(self);
        info.ArgumentList.Add(contender);
        info.ArgumentList.Add(baseUrl.ToString());
        var started = Stopwatch.GetTimestamp();
        info.ArgumentList.Add(started.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        var errors = await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var exited = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{contender} exited with {process.ExitCode}: {output}{errors}");
        }

        var marks = output.Trim().Split(' ')
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
        marks["exit"] = exited;
        return marks;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
