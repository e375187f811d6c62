using System.Text.RegularExpressions;

namespace Kwiga.Generator.Diff.Approvals;

/// <summary>
/// An accepted breaking change: <c>kind</c> (alias <c>rule</c>) and <c>location</c> must match the change;
/// <c>*</c> in either matches any text. <c>reason</c> is mandatory so the history says why.
/// </summary>
/// <param name="Kind">Change kind id or a pattern.</param>
/// <param name="Location">Change location or a pattern.</param>
/// <param name="Reason">Why the break is acceptable.</param>
public sealed record Approval(string Kind, string Location, string Reason)
{
    /// <summary>True when this approval covers the change.</summary>
    public bool Matches(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Glob(Kind, change.Kind.Id) && Glob(Location, change.Location);
    }

    private static bool Glob(string pattern, string text)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(pattern.Trim(), text, StringComparison.Ordinal);
        }

        var regex = "^" + string.Join(".*", pattern.Trim().Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(text, regex, RegexOptions.CultureInvariant);
    }
}
