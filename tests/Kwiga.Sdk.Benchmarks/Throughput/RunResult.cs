using System.Diagnostics;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>What one client's run achieved, as the server counted it.</summary>
public sealed record RunResult(string Client, ThroughputSettings Settings, TimeSpan Elapsed, IReadOnlyList<int?> ItemsPerCaller, IReadOnlyList<WindowRecord> Windows, bool Stalled)
{
    /// <summary>Requests that reached the server.</summary>
    public int Sent => Windows.Sum(w => w.Accepted + w.Rejected);

    /// <summary>429s the server answered.</summary>
    public int Refused => Windows.Sum(w => w.Rejected);

    /// <summary>Requests served.</summary>
    public int Served => Windows.Sum(w => w.Accepted);

    /// <summary>Every caller read the whole list.</summary>
    public bool Complete => !Stalled && ItemsPerCaller.All(n => n == Settings.Items);

    private string Completion => Complete
        ? "yes"
        : $"NO: {ItemsPerCaller.Count(n => n == Settings.Items)} of {ItemsPerCaller.Count} callers finished{(Stalled ? ", the rest stalled" : "")}";

    /// <summary>Issue 5's measure: served / (elapsed / window × limit).</summary>
    public double BudgetShare => Served / (Elapsed / Settings.Window * Settings.Limit);

    /// <summary>
    /// The same over whole windows only: served before the last window opened / budget between the
    /// first and the last window's opening. Issue 5's measure counts the last window at the length
    /// it was used for (a burst of a few ms when requests are fast), so it can pass 100 %.
    /// </summary>
    public double? SteadyShare
    {
        get
        {
            if (Windows.Count < 2)
            {
                return null;
            }

            var span = Stopwatch.GetElapsedTime(Windows[0].Start, Windows[^1].Start);
            return Windows.Take(Windows.Count - 1).Sum(w => w.Accepted) / (span / Settings.Window * Settings.Limit);
        }
    }

    /// <summary>One markdown table row.</summary>
    public string Row() =>
        $"| {Client} | {Sent} | {Refused} | {Served} | {Elapsed.TotalSeconds:0.00} s | {Windows.Count} | {BudgetShare:P1} | {(SteadyShare is double s ? s.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "n/a")} | {Completion} |";

    /// <summary>The markdown table header for <see cref="Row"/>.</summary>
    public static string Header =>
        "| client | requests sent | 429s | served | elapsed | windows | share of budget (issue 5) | share over whole windows | every caller got the whole list |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |";

    /// <summary>Per window: when it opened after the previous one closed, and what it let through.</summary>
    public IEnumerable<string> WindowLines()
    {
        for (var i = 0; i < Windows.Count; i++)
        {
            var w = Windows[i];
            var gap = i == 0 ? "" : $", opened {(Stopwatch.GetElapsedTime(Windows[i - 1].Start, w.Start) - Settings.Window).TotalMilliseconds,7:0.0} ms after the previous one closed";
            var busy = w.Accepted > 0 ? Stopwatch.GetElapsedTime(w.Start, w.LastAccepted).TotalMilliseconds : 0;
            yield return $"  window {i + 1,2}: {w.Accepted,3} served in {busy,6:0.0} ms, {w.Rejected,4} refused{gap}";
        }
    }
}
