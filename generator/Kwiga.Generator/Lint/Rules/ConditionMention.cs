using System.Text.RegularExpressions;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>
/// Decides whether a description "mentions" a condition, tolerating the paraphrase a human writes:
/// the condition's text appears in it (case and punctuation ignored); or the description has a
/// "Conditional" note and names every code span of the condition (<c>`with_orders=true`</c>, where
/// <c>=true</c>/<c>=1</c> and <c>=false</c>/<c>=0</c> count as the same, since the SDK sends booleans as 1/0);
/// or it has the note and shares at least 60% of the condition's significant words.
/// </summary>
public static partial class ConditionMention
{
    private const double WordShare = 0.6;

    /// <summary>True when <paramref name="description"/> mentions <paramref name="condition"/> (null: needs only the note).</summary>
    public static bool Mentions(string description, string? condition)
    {
        ArgumentNullException.ThrowIfNull(description);
        var text = Normalise(description);
        var hasNote = text.Contains("conditional", StringComparison.Ordinal);
        if (condition is null)
        {
            return hasNote;
        }

        var wanted = Normalise(condition);
        if (wanted.Length == 0 || text.Contains(wanted, StringComparison.Ordinal))
        {
            return true;
        }

        if (!hasNote)
        {
            return false;
        }

        var spans = CodeSpan().Matches(condition).Select(m => Normalise(m.Groups[1].Value)).Where(s => s.Length > 0).ToList();
        if (spans.Count > 0)
        {
            return spans.All(span => text.Contains(span, StringComparison.Ordinal));
        }

        var words = Significant(wanted);
        var present = Significant(text).ToHashSet(StringComparer.Ordinal);
        return words.Count > 0 && words.Count(present.Contains) >= WordShare * words.Count;
    }

    private static List<string> Significant(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Distinct().ToList();

    private static string Normalise(string text)
    {
        var lower = BooleanValue().Replace(text.ToLowerInvariant(), m => m.Value.EndsWith("true", StringComparison.Ordinal) ? "=1" : "=0");
        return string.Join(' ', Punctuation().Replace(lower, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"=\s*(true|false)")]
    private static partial Regex BooleanValue();

    [GeneratedRegex(@"[^\p{L}\p{N}_=/{}\[\]]+")]
    private static partial Regex Punctuation();
}
