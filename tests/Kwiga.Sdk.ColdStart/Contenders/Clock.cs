using System.Diagnostics;
using System.Globalization;

namespace Kwiga.Sdk.ColdStart.Contenders;

/// <summary>
/// Milliseconds since the parent started this process. Stopwatch timestamps are the system's monotonic
/// clock, the same in every process of the machine, so the parent's timestamp can be read here.
/// </summary>
public sealed class Clock(string started)
{
    private readonly long _started = long.Parse(started, CultureInfo.InvariantCulture);
    private readonly List<string> _marks = [];

    /// <summary>Records a phase's end as milliseconds since the process was started.</summary>
    public void Mark(string phase) =>
        _marks.Add(string.Create(CultureInfo.InvariantCulture, $"{phase}={Stopwatch.GetElapsedTime(_started).TotalMilliseconds:0.0}"));

    /// <summary>Prints the marks and the item count on one line for the parent; 0 when items were read.</summary>
    public int Report(int items)
    {
        Console.WriteLine(string.Join(' ', _marks) + string.Create(CultureInfo.InvariantCulture, $" items={items}"));
        return items > 0 ? 0 : 1;
    }
}
