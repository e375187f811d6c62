using System.Globalization;
using Kwiga.Sdk.Benchmarks.Throughput;
using Kwiga.Sdk.Redis;

namespace Kwiga.Sdk.Benchmarks.SharedBudget;

/// <summary>
/// One worker process of the shared-budget run (<c>shared-budget-worker</c>, started by
/// <see cref="SharedBudgetRun"/>): warms up on a token of its own, waits for the common start time,
/// then its callers paginate the whole list on the shared token. Prints <c>ITEMS n</c> per caller.
/// </summary>
public static class SharedBudgetWorker
{
    /// <summary>The worker's command-line: what <see cref="SharedBudgetRun"/> passes.</summary>
    public sealed record Arguments(Uri BaseUrl, string Token, string? Redis, int Callers, ThroughputSettings Load, DateTimeOffset StartAt)
    {
        /// <summary>As a command line.</summary>
        public IEnumerable<string> ToArgs() =>
        [
            "shared-budget-worker", BaseUrl.ToString(), Token, Redis ?? "-", Invariant(Callers), Invariant(Load.Items), Invariant(Load.PageSize),
            Invariant(Load.Limit), Invariant((int)Load.Window.TotalMilliseconds), Invariant(StartAt.ToUnixTimeMilliseconds()),
        ];

        /// <summary>From the command line (after <c>shared-budget-worker</c>).</summary>
        public static Arguments Parse(IReadOnlyList<string> a) => new(
            new Uri(a[0]),
            a[1],
            a[2] == "-" ? null : a[2],
            int.Parse(a[3], CultureInfo.InvariantCulture),
            new ThroughputSettings
            {
                Items = int.Parse(a[4], CultureInfo.InvariantCulture),
                PageSize = int.Parse(a[5], CultureInfo.InvariantCulture),
                Limit = int.Parse(a[6], CultureInfo.InvariantCulture),
                Window = TimeSpan.FromMilliseconds(int.Parse(a[7], CultureInfo.InvariantCulture)),
            },
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(a[8], CultureInfo.InvariantCulture)));

        private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the worker; 0 when every caller read the whole list.</summary>
    public static async Task<int> RunAsync(Arguments arguments)
    {
        // Redis row: the budget in Redis; one host, so the margin only covers scheduling delays between a
        // permit and its request's arrival (the 100 ms default is for hosts' clocks, and at this 30×
        // compressed window would cost 5 % of the budget). Otherwise the SDK's default in-process
        // limiter: this process alone believes it owns the token's budget.
        await using var redis = arguments.Redis is null
            ? null
            : new KwigaRedisRateLimiterProvider(arguments.Redis, new KwigaRedisRateLimiterOptions { ClockSkewTolerance = TimeSpan.FromMilliseconds(20), FailFast = true });
        KwigaClient Client(string token) => Callers.Sdk(arguments.BaseUrl, token, arguments.Load, options =>
        {
            if (redis is not null)
            {
                options.RateLimiterFactory = redis.CreateFactory(options.RateLimit);
            }
        });

        var warmUp = Client($"warm-up-{Guid.NewGuid():N}");
        await Task.WhenAll(Enumerable.Range(0, arguments.Callers).Select(_ => Callers.SdkPaginateAsync(warmUp, arguments.Load.PageSize, 3, CancellationToken.None))).ConfigureAwait(false);

        var client = Client(arguments.Token);
        var wait = arguments.StartAt - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait).ConfigureAwait(false);
        }

        var callers = Enumerable.Range(0, arguments.Callers)
            .Select(_ => Task.Run(async () =>
            {
                var items = await Callers.SdkPaginateAsync(client, arguments.Load.PageSize, null, CancellationToken.None).ConfigureAwait(false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ITEMS {items}"));
                return items;
            }))
            .ToArray();
        var read = await Task.WhenAll(callers).ConfigureAwait(false);
        return read.All(n => n == arguments.Load.Items) ? 0 : 1;
    }
}
