using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>
/// A property marked <c>x-kwiga-conditional</c> is absent from some responses, so it must not be listed in
/// <c>required</c>, and its description must say when it appears (see <see cref="ConditionMention"/>; the
/// condition is the extension's text, or the <c>when</c>/<c>condition</c> member of an object value).
/// Works on the raw tree because the 3.0 reader drops extensions written next to a <c>$ref</c>.
/// </summary>
public sealed class ConditionalPropertyRule : ILintRule
{
    /// <summary>The extension this rule checks.</summary>
    public const string Extension = "x-kwiga-conditional";

    /// <inheritdoc />
    public string Id => "conditional-property";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract)
    {
        var findings = new List<LintFinding>();
        Walk(contract.Raw, ContractPointer.Root, inheritedRequired: new HashSet<string>(), findings);
        return findings;
    }

    private void Walk(JsonNode? node, string pointer, IReadOnlySet<string> inheritedRequired, List<LintFinding> findings)
    {
        switch (node)
        {
            case JsonObject obj:
                var required = new HashSet<string>(inheritedRequired, StringComparer.Ordinal);
                required.UnionWith(ReadRequired(obj));
                if (obj["properties"] is JsonObject properties)
                {
                    CheckProperties(properties, ContractPointer.Append(pointer, "properties"), required, findings);
                }

                foreach (var (key, child) in obj)
                {
                    // allOf members share the parent's required list; nothing else inherits it.
                    var inherit = key == "allOf" ? required : (IReadOnlySet<string>)new HashSet<string>();
                    Walk(child, ContractPointer.Append(pointer, key), inherit, findings);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], ContractPointer.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), inheritedRequired, findings);
                }

                break;
        }
    }

    private void CheckProperties(JsonObject properties, string pointer, HashSet<string> required, List<LintFinding> findings)
    {
        foreach (var (name, value) in properties)
        {
            if (value is not JsonObject property || !property.ContainsKey(Extension))
            {
                continue;
            }

            var propertyPointer = ContractPointer.Append(pointer, name);
            if (required.Contains(name))
            {
                findings.Add(new LintFinding(Id, propertyPointer,
                    $"'{name}' is conditional ({Extension}) but listed in required; remove it from required"));
            }

            var description = property["description"] is JsonValue d && d.TryGetValue<string>(out var text) ? text : string.Empty;
            var condition = ConditionText(property[Extension]);
            if (!ConditionMention.Mentions(description, condition))
            {
                var expected = condition is null ? "a 'Conditional: ...' note" : $"the condition \"{condition}\"";
                findings.Add(new LintFinding(Id, propertyPointer,
                    $"'{name}' is conditional but its description does not mention {expected}"));
            }
        }
    }

    private static IEnumerable<string> ReadRequired(JsonObject obj) =>
        obj["required"] is JsonArray list
            ? list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()
            : [];

    private static string? ConditionText(JsonNode? extension) => extension switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) => text.Trim(),
        JsonObject obj => (obj["when"] ?? obj["condition"]) is JsonValue v && v.TryGetValue<string>(out var t) ? t.Trim() : null,
        _ => null,
    };
}
