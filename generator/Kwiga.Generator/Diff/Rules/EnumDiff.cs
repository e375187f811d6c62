using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Enum value changes. Input: a removed value breaks callers, an added one does not. Output: an added value
/// breaks (Kiota deserialises an unknown value of its C# enum to null); a removed one only removes a C# enum
/// member. Member names come from <c>x-ms-enum</c> when present, so renaming one there is SDK-breaking.
/// </summary>
public static class EnumDiff
{
    /// <summary>Reports enum changes at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        var was = Values(b);
        var now = Values(h);
        if (was.Count == 0 && now.Count == 0)
        {
            return;
        }

        if (was.Count == 0 || now.Count == 0)
        {
            ReportIntroducedOrDropped(ctx, now.Count > 0, site, now.Count > 0 ? now : was);
            return;
        }

        foreach (var removed in was.Except(now))
        {
            ctx.Add(site.Kind("enum-value-removed"), site.Location, $"enum value {removed} removed");
        }

        foreach (var added in now.Except(was))
        {
            ctx.Add(site.Kind("enum-value-added"), site.Location, $"enum value {added} added");
        }

        var baseNames = MemberNames(b);
        var headNames = MemberNames(h);
        foreach (var value in was.Intersect(now).Where(v => baseNames.ContainsKey(v) && headNames.ContainsKey(v)))
        {
            if (baseNames[value] != headNames[value])
            {
                ctx.Add("enum-member-renamed", site.Location,
                    $"C# member for {value}: {baseNames[value]} → {headNames[value]}");
            }
        }
    }

    /// <summary>The enum values; a 3.1 <c>const</c> is a one-value enum.</summary>
    private static IReadOnlyList<string> Values(IOpenApiSchema schema) =>
        schema.Const is { } value
            ? [.. SchemaFacts.EnumValues(schema), JsonValue.Create(value).ToJsonString()]
            : SchemaFacts.EnumValues(schema);

    private static void ReportIntroducedOrDropped(DiffContext ctx, bool introduced, SchemaSite site, IReadOnlyList<string> values)
    {
        var list = string.Join(", ", values);
        if (introduced)
        {
            var why = site.Scope.IsInput()
                ? "callers may now only send these values"
                : "Kiota now generates a C# enum and reads any other value as null";
            ctx.Add("enum-introduced", site.Location, $"restricted to enum [{list}]: {why}");
        }
        else
        {
            ctx.Add("enum-dropped", site.Location, $"enum [{list}] removed: the C# enum becomes a string");
        }
    }

    private static Dictionary<string, string> MemberNames(IOpenApiSchema schema)
    {
        var names = SchemaFacts.EnumValues(schema)
            .ToDictionary(v => v, v => KiotaNaming.PascalCase(v.Trim('"'), keepUnderscores: false), StringComparer.Ordinal);
        if (SchemaFacts.ExtensionNode(schema.Extensions, "x-ms-enum")?["values"] is JsonArray values)
        {
            foreach (var entry in values.OfType<JsonObject>())
            {
                var value = entry["value"]?.ToJsonString();
                if (value is not null && names.ContainsKey(value) && entry["name"] is JsonValue name
                    && name.TryGetValue<string>(out var text))
                {
                    names[value] = text;
                }
            }
        }

        return names;
    }
}
