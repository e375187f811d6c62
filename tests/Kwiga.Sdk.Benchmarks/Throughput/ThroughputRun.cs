using System.Diagnostics;
using System.Globalization;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// Issue 5's proof: K callers paginate the server's whole contact list through the SDK, then through
/// a naive <see cref="HttpClient"/> loop, each client on a fresh token; the server's fixed window
/// decides what got through. Bounded: a run that sends nothing for three windows is declared stalled
/// and abandoned, and every run is abandoned after three times its expected duration.
/// </summary>
public static class ThroughputRun
{
    /// <summary>Runs the comparison and prints the results as markdown; 0 when every run completed.</summary>
    public static async Task<int> RunAsync(ThroughputSettings settings)
    {
        var catalog = new ContactsCatalog(settings.Items);
        var throttle = new FixedWindowThrottle(settings.Limit, settings.Window);
        await using var server = await ThrottlingServer.StartAsync(catalog, throttle).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Server {server.BaseUrl}: {settings.Items} contacts, {settings.Limit} requests per {settings.Window.TotalSeconds:0.###} s window (per token, opened by the first request). " +
            $"{settings.Callers} callers × {settings.RequestsPerRun / settings.Callers} pages of {settings.PageSize} = {settings.RequestsPerRun} requests per client, ≈ {(double)settings.RequestsPerRun / settings.Limit:0.#} windows."));

        if (settings.WarmUp)
        {
            await WarmUpAsync(server.BaseUrl, settings).ConfigureAwait(false);
        }

        var results = new List<RunResult>
        {
            await MeasureAsync("SDK", throttle, settings, (token, cancel) =>
            {
                var client = Callers.Sdk(server.BaseUrl, token, settings);
                return Start(settings, () => Callers.SdkPaginateAsync(client, settings.PageSize, null, cancel));
            }).ConfigureAwait(false),
            await MeasureAsync("naive HttpClient loop", throttle, settings, (token, cancel) =>
            {
                var http = Callers.Naive(server.BaseUrl, token);
                return Start(settings, () => Callers.NaivePaginateAsync(http, settings.PageSize, null, cancel));
            }).ConfigureAwait(false),
        };

        Console.WriteLine();
        Console.WriteLine(RunResult.Header);
        foreach (var result in results)
        {
            Console.WriteLine(result.Row());
        }

        Console.WriteLine();
        foreach (var sdk in results.Take(1))
        {
            var met = sdk.Complete && sdk.Refused == 0 && sdk.BudgetShare >= 0.97;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Target (SDK ≥ 97 % of the budget with 0 × 429), {sdk.Client}: {(met ? "met" : "NOT met")} — {sdk.BudgetShare:P1} of the budget, {sdk.Refused} × 429, " +
                $"{(sdk.Complete ? "complete" : "did not finish")} (over whole windows: {sdk.SteadyShare:P1}; the limiter's ceiling is 120/121 = {120.0 / 121:P1})."));
        }

        return 0;
    }

    private static Task<int>[] Start(ThroughputSettings settings, Func<Task<int>> caller) =>
        Enumerable.Range(0, settings.Callers).Select(_ => Task.Run(caller)).ToArray();

    /// <param name="name">The row's name.</param>
    /// <param name="throttle">The server's throttle, which counts what arrived.</param>
    /// <param name="settings">The load.</param>
    /// <param name="start">Starts the callers on the token; one task per caller, its result the contacts read.</param>
    /// <param name="delay">When the callers begin after <paramref name="start"/> returns (worker processes start up first).</param>
    internal static async Task<RunResult> MeasureAsync(string name, FixedWindowThrottle throttle, ThroughputSettings settings, Func<string, CancellationToken, Task<int>[]> start, TimeSpan delay = default)
    {
        var token = $"throughput-{Guid.NewGuid():N}";
        var expected = settings.Window * Math.Ceiling((double)settings.RequestsPerRun / settings.Limit);
        var bound = expected * 3 + TimeSpan.FromSeconds(10);
        var stallAfter = settings.Window * 3;
        using var cancel = new CancellationTokenSource(bound + delay);
        Console.WriteLine();
        Console.WriteLine($"{name}: running…");

        var callers = start(token, cancel.Token);
        var started = Stopwatch.GetTimestamp() + (long)(delay.TotalSeconds * Stopwatch.Frequency);
        var all = Task.WhenAll(callers);
        var stalled = false;
        var (lastSent, lastProgress) = (0, started);
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false) != all)
        {
            var windows = throttle.Windows(token);
            var sent = windows.Sum(w => w.Accepted + w.Rejected);
            if (sent != lastSent)
            {
                (lastSent, lastProgress) = (sent, Stopwatch.GetTimestamp());
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > TimeSpan.Zero && (int)elapsed.TotalSeconds % 5 == 0)
            {
                Console.WriteLine($"  … {elapsed.TotalSeconds:0} s: {windows.Sum(w => w.Accepted)} served, {windows.Sum(w => w.Rejected)} refused, {windows.Count} windows");
            }

            if (Stopwatch.GetElapsedTime(lastProgress) > stallAfter || elapsed > bound)
            {
                // Abandoned, not awaited: a caller stuck in the limiter ignores cancellation too.
                stalled = true;
                cancel.Cancel();
                break;
            }
        }

        var items = callers.Select(c => c.IsCompletedSuccessfully ? c.Result : (int?)null).ToArray();
        foreach (var failed in callers.Where(c => c.IsFaulted))
        {
            Console.WriteLine($"  a caller failed: {failed.Exception!.InnerException!.GetType().Name}: {failed.Exception.InnerException.Message}");
        }

        var finalWindows = throttle.Windows(token);
        var end = !stalled ? Stopwatch.GetTimestamp() : finalWindows.Count == 0 ? started : finalWindows.Max(w => Math.Max(w.LastArrival, w.Start));
        var result = new RunResult(name, settings, Stopwatch.GetElapsedTime(started, end), items, finalWindows, stalled);
        if (stalled)
        {
            Console.WriteLine($"  STALLED: nothing sent for {stallAfter.TotalSeconds:0} s; {items.Count(i => i is null)} of {items.Length} callers never finished (elapsed counted to the last request).");
        }

        foreach (var line in result.WindowLines())
        {
            Console.WriteLine(line);
        }

        return result;
    }

    /// <summary>
    /// JITs both clients' whole request paths on tokens of their own (a few pages each, well inside one
    /// budget): at a 2 s window the limiter's jitter margin is 17 ms, less than a first request's JIT,
    /// a cost the real one-minute window (margin 0.5 s) absorbs.
    /// </summary>
    internal static async Task WarmUpAsync(Uri baseUrl, ThroughputSettings settings)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var started = Stopwatch.GetTimestamp();
        var sdk = Callers.Sdk(baseUrl, $"warm-up-{Guid.NewGuid():N}", settings);
        using var naive = Callers.Naive(baseUrl, $"warm-up-{Guid.NewGuid():N}");
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, settings.Callers).Select(_ => Callers.SdkPaginateAsync(sdk, settings.PageSize, 4, bound.Token))).ConfigureAwait(false);
            await Task.WhenAll(Enumerable.Range(0, settings.Callers).Select(_ => Callers.NaivePaginateAsync(naive, settings.PageSize, 4, bound.Token))).ConfigureAwait(false);
        }

        Console.WriteLine($"Warm-up: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s ({3 * 4 * settings.Callers} requests per client on tokens of their own).");
    }
}
