using Kwiga.Sdk.Benchmarks.Throughput;

namespace Kwiga.Sdk.Benchmarks.SharedBudget;

/// <summary>
/// The shared-budget run's knobs: <c>--processes</c>, <c>--callers</c> (per process), <c>--items</c>,
/// <c>--page-size</c>, <c>--limit</c>, <c>--window-ms</c>, <c>--redis</c> (a StackExchange.Redis
/// configuration; without it a redis-server of the run's own is started). Defaults: 3 processes × 2
/// callers, each caller paginating 6,000 contacts 20 at a time — 1,800 requests, nine windows of
/// KWIGA's 200 per minute at 30× speed.
/// </summary>
public sealed record SharedBudgetSettings
{
    /// <summary>Worker processes sharing one token.</summary>
    public int Processes { get; init; } = 3;

    /// <summary>Concurrent callers in each process.</summary>
    public int CallersPerProcess { get; init; } = 2;

    /// <summary>Contacts per caller, page size, limit and window, as the in-process throughput run.</summary>
    public ThroughputSettings Load { get; init; } = new() { Items = 6_000 };

    /// <summary>A Redis to use instead of starting one.</summary>
    public string? Redis { get; init; }

    /// <summary>The load as the throughput run's report reads it: every caller of every process.</summary>
    public ThroughputSettings Report => Load with { Callers = Processes * CallersPerProcess };

    /// <summary>Reads the settings from the command line (after <c>shared-budget</c>).</summary>
    public static SharedBudgetSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new SharedBudgetSettings();
        for (var i = 0; i < args.Count; i++)
        {
            settings = args[i] switch
            {
                "--processes" => settings with { Processes = ThroughputSettings.Number(args, ++i) },
                "--callers" => settings with { CallersPerProcess = ThroughputSettings.Number(args, ++i) },
                "--items" => settings with { Load = settings.Load with { Items = ThroughputSettings.Number(args, ++i) } },
                "--page-size" => settings with { Load = settings.Load with { PageSize = ThroughputSettings.Number(args, ++i) } },
                "--limit" => settings with { Load = settings.Load with { Limit = ThroughputSettings.Number(args, ++i) } },
                "--window-ms" => settings with { Load = settings.Load with { Window = TimeSpan.FromMilliseconds(ThroughputSettings.Number(args, ++i)) } },
                "--redis" when i + 1 < args.Count => settings with { Redis = args[++i] },
                var other => throw new ArgumentException($"unknown shared-budget option '{other}'"),
            };
        }

        return settings;
    }
}
