using System.Diagnostics;
using System.Globalization;
using Kwiga.Sdk.Benchmarks.Pipeline;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// <c>request-loop [seconds] [raw]</c>: sends the pipeline benchmark's GET (the SDK, rate limiting off;
/// or the raw HttpClient baseline) in a loop for a while, to attach a profiler to:
/// <c>dotnet-trace collect --profile cpu-sampling -- dotnet bin/Release/net10.0/Kwiga.Sdk.Benchmarks.dll request-loop 20</c>.
/// </summary>
public static class RequestLoop
{
    /// <summary>Runs the loop; prints requests per second; returns 0.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var raw = args.Contains("raw");
        var pipeline = new PipelineBenchmarks();
        pipeline.Setup();
        Func<Task> send = raw ? pipeline.RawHttpClient : pipeline.Sdk;
        var until = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        long requests = 0;
        var started = Stopwatch.GetTimestamp();
        var second = started;
        long secondRequests = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            for (var i = 0; i < 1000; i++)
            {
                await send().ConfigureAwait(false);
            }

            requests += 1000;
            secondRequests += 1000;
            if (Stopwatch.GetElapsedTime(second) >= TimeSpan.FromSeconds(1))
            {
                // Second by second, to show when the JIT's tiering has settled.
                Console.Write(string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(second).TotalMicroseconds / secondRequests:0.0} "));
                second = Stopwatch.GetTimestamp();
                secondRequests = 0;
            }
        }

        Console.WriteLine();

        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(raw ? "raw HttpClient + STJ" : "SDK")}: {requests} requests in {elapsed.TotalSeconds:0.0} s, {elapsed.TotalMicroseconds / requests:0.0} µs each"));
        pipeline.Cleanup();
        return 0;
    }
}
