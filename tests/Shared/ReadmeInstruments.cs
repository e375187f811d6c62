using System.Text.RegularExpressions;

namespace Kwiga.Testing;

/// <summary>One row of README.md's instrument table ("Observability").</summary>
/// <param name="Name">The instrument's name.</param>
/// <param name="Kind">Its .NET instrument type without generic arity: Histogram, Counter, UpDownCounter.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Always">Attributes every measurement carries.</param>
/// <param name="Sometimes">Attributes a measurement may carry (the README's "(+ …)").</param>
internal sealed record ReadmeInstrument(string Name, string Kind, string Unit, IReadOnlySet<string> Always, IReadOnlySet<string> Sometimes);

/// <summary>README.md's instrument table, read the way a user reads it.</summary>
internal static partial class ReadmeInstruments
{
    [GeneratedRegex(@"^\| `(?<name>kwiga\.[a-z_.]+)` \| (?<kind>[a-z -]+) \| `(?<unit>[^`]+)` \| (?<attributes>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex("`(?<name>[a-z_.]+)`")]
    private static partial Regex Attribute();

    /// <summary>Every row of the table, by instrument name.</summary>
    public static IReadOnlyDictionary<string, ReadmeInstrument> Read()
    {
        var text = File.ReadAllText(RepositoryRoot.File("README.md"));
        var rows = new Dictionary<string, ReadmeInstrument>(StringComparer.Ordinal);
        foreach (Match row in Row().Matches(text))
        {
            var attributes = row.Groups["attributes"].Value;
            var split = attributes.IndexOf("(+", StringComparison.Ordinal);
            var always = split < 0 ? attributes : attributes[..split];
            var sometimes = split < 0 ? string.Empty : attributes[split..];
            var kind = row.Groups["kind"].Value switch
            {
                "histogram" => "Histogram",
                "counter" => "Counter",
                "up-down counter" => "UpDownCounter",
                var other => throw new InvalidOperationException($"README.md names an unknown instrument type '{other}'"),
            };
            rows.Add(row.Groups["name"].Value, new ReadmeInstrument(
                row.Groups["name"].Value,
                kind,
                row.Groups["unit"].Value,
                Attribute().Matches(always).Select(m => m.Groups["name"].Value).ToHashSet(),
                Attribute().Matches(sometimes).Select(m => m.Groups["name"].Value).ToHashSet()));
        }

        return rows;
    }
}
