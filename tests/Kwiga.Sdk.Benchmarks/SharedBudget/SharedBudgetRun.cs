using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Kwiga.Sdk.Benchmarks.Throughput;

namespace Kwiga.Sdk.Benchmarks.SharedBudget;

/// <summary>
/// Issue 8's proof: several processes share one token against the loopback throttling server, first
/// each with the SDK's in-process limiter (each believes it owns the whole budget: 429s expected),
/// then with the Redis-shared budget of Kwiga.Sdk.Redis (target: 0 × 429, ≥ 95 % of the budget).
/// The server counts what arrives; the report is the throughput run's.
/// </summary>
public static class SharedBudgetRun
{
    /// <summary>Time for the workers to start and warm up before they begin together.</summary>
    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(8);

    /// <summary>Runs both rows and prints them as markdown; 0 when the Redis row met the target.</summary>
    public static async Task<int> RunAsync(SharedBudgetSettings settings)
    {
        var load = settings.Load;
        var throttle = new FixedWindowThrottle(load.Limit, load.Window);
        await using var server = await ThrottlingServer.StartAsync(new ContactsCatalog(load.Items), throttle).ConfigureAwait(false);
        var (ownRedis, reason) = settings.Redis is null ? await RedisProcess.TryStartAsync().ConfigureAwait(false) : (null, null);
        using var _ = ownRedis;
        var redis = settings.Redis ?? ownRedis?.Configuration;
        var report = settings.Report;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Server {server.BaseUrl}: {load.Limit} requests per {load.Window.TotalSeconds:0.###} s window per token. {settings.Processes} processes × {settings.CallersPerProcess} callers, " +
            $"{report.RequestsPerRun} requests on one token, ≈ {(double)report.RequestsPerRun / load.Limit:0.#} windows. Redis: {redis ?? "none (" + reason + ")"}."));

        var results = new List<RunResult>
        {
            await RunRowAsync("3 processes, in-process limiter each", null).ConfigureAwait(false),
        };
        if (redis is not null)
        {
            results.Add(await RunRowAsync("3 processes, Redis-shared limiter", redis).ConfigureAwait(false));
        }

        Console.WriteLine();
        Console.WriteLine(RunResult.Header);
        foreach (var result in results)
        {
            Console.WriteLine(result.Row());
        }

        Console.WriteLine();
        if (results.Count < 2)
        {
            Console.WriteLine($"Redis row not run: {reason}.");
            return 1;
        }

        var shared = results[1];
        var met = shared.Complete && shared.Refused == 0 && shared.SteadyShare >= 0.95;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Target (Redis: 0 × 429, ≥ 95 % of the budget): {(met ? "met" : "NOT met")} — {shared.Refused} × 429, {shared.SteadyShare:P1} over whole windows ({shared.BudgetShare:P1} by issue 5's measure)."));
        return met ? 0 : 1;

        Task<RunResult> RunRowAsync(string name, string? redisConfiguration) =>
            ThroughputRun.MeasureAsync(name.Replace("3 processes", $"{settings.Processes} processes", StringComparison.Ordinal), throttle, report, (token, cancel) =>
            {
                // Workers JIT on tokens of their own first; all of them start on the shared token together.
                var arguments = new SharedBudgetWorker.Arguments(server.BaseUrl, token, redisConfiguration, settings.CallersPerProcess, load, DateTimeOffset.UtcNow + StartUp);
                return Enumerable.Range(0, settings.Processes).SelectMany(_ => StartWorker(arguments, cancel)).ToArray();
            }, StartUp);
    }

    /// <summary>Starts one worker; one task per caller, completed by the caller's <c>ITEMS n</c> line.</summary>
    private static Task<int>[] StartWorker(SharedBudgetWorker.Arguments arguments, CancellationToken cancel)
    {
        var (file, prefix) = SelfCommand();
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in prefix.Concat(arguments.ToArgs()))
        {
            start.ArgumentList.Add(argument);
        }

        var callers = Enumerable.Range(0, arguments.Callers).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var reported = 0;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("ITEMS ", StringComparison.Ordinal))
            {
                var index = Interlocked.Increment(ref reported) - 1;
                if (index < callers.Length)
                {
                    callers[index].TrySetResult(int.Parse(line.AsSpan(6), CultureInfo.InvariantCulture));
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.WriteLine("  worker: " + line);
            }
        };
        process.Exited += (_, _) =>
        {
            process.WaitForExit();
            foreach (var caller in callers)
            {
                caller.TrySetException(new InvalidOperationException($"worker exited with code {process.ExitCode} before its caller finished"));
            }

            process.Dispose();
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        cancel.Register(() =>
        {
            try
            {
                process.Kill();
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        });
        return callers.Select(c => c.Task).ToArray();
    }

    /// <summary>How to start this program again: its apphost, or <c>dotnet</c> and the assembly.</summary>
    private static (string File, string[] Prefix) SelfCommand()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? (host, [Assembly.GetEntryAssembly()!.Location])
            : (host, []);
    }
}
