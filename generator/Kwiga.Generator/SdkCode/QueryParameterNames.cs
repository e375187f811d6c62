using System.Text.RegularExpressions;
using Kwiga.Generator.SdkView;

namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Names every query parameter after its wire name, which the <c>[QueryParameter]</c> attribute keeps:
/// <c>filters[date_from]</c> is <c>DateFrom</c>, <c>filters[contact_ids][]</c> is <c>ContactIds</c>,
/// <c>per_page</c> is <c>PerPage</c> (Kiota drops the brackets and runs the words together:
/// <c>FiltersdateFrom</c>). A filter whose name a plain parameter of the same request already uses
/// keeps the word: <c>FilterSearch</c>. Lists of numbers get non-nullable items (<c>int[]</c>, not
/// Kiota's <c>int?[]</c>). The wire names do not change.
/// </summary>
public static partial class QueryParameterNames
{
    [GeneratedRegex("""(?<head>\[QueryParameter\("(?<wire>[^"]+)"\)\]\r?\n[ \t]*public )(?<type>\S+) (?<name>\w+)(?<tail> \{ get; set; \})""")]
    private static partial Regex Property();

    [GeneratedRegex("""public partial class \w+QueryParameters\b""")]
    private static partial Regex QueryParametersClass();

    [GeneratedRegex("""^(?<element>int|long|short|bool|double|float|decimal)\?\[\](?<nullable>\??)$""")]
    private static partial Regex NullableValueArray();

    /// <summary>Renames in place.</summary>
    /// <returns>How many properties changed name or type.</returns>
    public static int Apply(GeneratedSources sources)
    {
        var changed = 0;
        foreach (var path in sources.Files)
        {
            var text = sources[path];
            var classes = QueryParametersClass().Matches(text);
            if (classes.Count == 0)
            {
                continue;
            }

            // Class by class: a name is unique within its own query-parameters class.
            var pieces = new List<string> { text[..classes[0].Index] };
            for (var i = 0; i < classes.Count; i++)
            {
                var end = i + 1 < classes.Count ? classes[i + 1].Index : text.Length;
                var block = text[classes[i].Index..end];
                var renamed = RenameIn(block, ref changed);
                pieces.Add(renamed);
            }

            sources[path] = string.Concat(pieces);
        }

        return changed;
    }

    private static string RenameIn(string block, ref int changed)
    {
        var wires = Property().Matches(block).Select(m => Uri.UnescapeDataString(m.Groups["wire"].Value)).Distinct().ToList();
        var plain = wires.Where(w => !IsFilter(w)).Select(NameOf).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        var result = Property().Replace(block, m =>
        {
            var wire = Uri.UnescapeDataString(m.Groups["wire"].Value);
            var name = NameOf(wire);
            if (IsFilter(wire) && plain.Contains(name))
            {
                name = "Filter" + name;
            }

            var type = m.Groups["type"].Value;
            if (NullableValueArray().Match(type) is { Success: true } array)
            {
                type = array.Groups["element"].Value + "[]" + array.Groups["nullable"].Value;
            }

            if (name != m.Groups["name"].Value || type != m.Groups["type"].Value)
            {
                count++;
            }

            return m.Groups["head"].Value + type + " " + name + m.Groups["tail"].Value;
        });
        changed += count;
        return result;
    }

    private static bool IsFilter(string wire) => wire.StartsWith("filters[", StringComparison.Ordinal);

    /// <summary>The C# name of a wire name: the filter's own key, without list brackets, in PascalCase.</summary>
    public static string NameOf(string wire)
    {
        var name = wire.EndsWith("[]", StringComparison.Ordinal) ? wire[..^2] : wire;
        if (IsFilter(name) && name.EndsWith(']'))
        {
            name = name["filters[".Length..^1];
        }

        return CSharpNames.Pascal(name);
    }
}
