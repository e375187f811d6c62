using System.Text.Json.Nodes;
using Kwiga.Generator.SdkView;

namespace Kwiga.Generator.WireView;

/// <summary>
/// The contract as a server imitation needs it (the sandbox's NSwag controllers): every wire union
/// (<c>anyOf</c> with <c>x-kwiga-sdk-type</c>) loses its type, so a generator types the member
/// <c>object</c> and the imitation can send every form the real server sends (<c>"10.00"</c> as a
/// string, <c>5</c> as a number, <c>[]</c> for an empty PHP map); a nullable reference
/// (<c>anyOf: [X, JsonNull]</c>) becomes <c>X</c>, nullable. Nothing of the SDK view (its names, its
/// C# types) is applied: this is the wire, as JSON.
/// </summary>
public static class WireViewBuilder
{
    // Everything that types a schema; a union keeps only its description and notes.
    private static readonly string[] TypingKeys =
    [
        "type", "format", "items", "allOf", "anyOf", "oneOf", "$ref", "properties", "additionalProperties",
        "nullable", "enum", "minimum", "maximum", "maxItems", "minItems", "required", "default", "x-kwiga-sdk-type",
    ];

    /// <summary>Rewrites <paramref name="document"/> (the contract as JSON) in place.</summary>
    /// <returns>How many wire unions were left untyped.</returns>
    public static int Build(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var untyped = 0;
        SchemaWalker.Visit(document, (obj, _) =>
        {
            if (obj["anyOf"] is JsonArray && obj["x-kwiga-sdk-type"] is not null)
            {
                foreach (var key in TypingKeys)
                {
                    obj.Remove(key);
                }

                untyped++;
            }
        });

        // What is left are nullable references: the same collapse as the SDK's.
        UnionCollapser.Collapse(document);
        return untyped;
    }
}
