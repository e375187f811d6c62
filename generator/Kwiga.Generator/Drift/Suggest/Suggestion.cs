using System.Text.Json.Nodes;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>YAML to paste into the contract: where it goes and why.</summary>
/// <param name="Target">
/// JSON pointer into the contract as written. When it names a list the fragment is list items to append;
/// when it names a mapping the fragment is keys to add to it.
/// </param>
/// <param name="Fragment">The YAML content, as a JSON tree.</param>
/// <param name="Reasons">The drift findings it answers, one line each.</param>
public sealed record Suggestion(string Target, JsonNode Fragment, IReadOnlyList<string> Reasons)
{
    /// <summary>The block <c>drift --suggest</c> prints: reasons, the target, then the YAML.</summary>
    public string Render() =>
        string.Concat(Reasons.Select(r => $"# {r}\n")) + $"# add to {Target}\n" + YamlText.Write(Fragment);
}
