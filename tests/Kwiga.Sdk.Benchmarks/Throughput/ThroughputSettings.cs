using System.Globalization;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// The throughput run's knobs: <c>--items</c>, <c>--callers</c>, <c>--page-size</c>, <c>--limit</c>,
/// <c>--window-ms</c>, <c>--no-warmup</c>. The defaults imitate KWIGA's 200 requests a minute at 30×
/// speed (200 per 2 s) and span about ten windows.
/// </summary>
public sealed record ThroughputSettings
{
    /// <summary>Contacts in the server's list.</summary>
    public int Items { get; init; } = 10_000;

    /// <summary>Concurrent callers, each paginating the whole list.</summary>
    public int Callers { get; init; } = 4;

    /// <summary>Contacts per page.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Requests per window (KWIGA: 200).</summary>
    public int Limit { get; init; } = 200;

    /// <summary>The window (KWIGA: one minute; here time-scaled).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>JIT the SDK and the naive loop (on tokens of their own) before measuring.</summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>Requests one full run of one client sends when nothing is refused.</summary>
    public int RequestsPerRun => Callers * ((Items + PageSize - 1) / PageSize);

    /// <summary>Reads the settings from the command line (after <c>throughput</c>).</summary>
    public static ThroughputSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new ThroughputSettings();
        for (var i = 0; i < args.Count; i++)
        {
            settings = args[i] switch
            {
                "--items" => settings with { Items = Number(args, ++i) },
                "--callers" => settings with { Callers = Number(args, ++i) },
                "--page-size" => settings with { PageSize = Number(args, ++i) },
                "--limit" => settings with { Limit = Number(args, ++i) },
                "--window-ms" => settings with { Window = TimeSpan.FromMilliseconds(Number(args, ++i)) },
                "--no-warmup" => settings with { WarmUp = false },
                var other => throw new ArgumentException($"unknown throughput option '{other}'"),
            };
        }

        return settings;
    }

    /// <summary>The positive whole number after an option, or a clear error.</summary>
    internal static int Number(IReadOnlyList<string> args, int index) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a positive whole number");
}
