using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// Gives every inline object or enum schema below a component a component of its own, so that Kiota
/// names its class <c>ContactFieldNameOrderType</c> instead of <c>ContactField_name_order_type</c>.
/// The name is the parent's class name and the property's (an array's items add <c>Item</c>), or the
/// inline schema's own <c>x-kwiga-sdk-name</c>. Schema names are not on the wire, so nothing a
/// request sends or a response carries changes. What describes the property stays on it (description,
/// nullability, conditions, notes); what describes the type moves into the component.
/// </summary>
public static class InlineSchemaPromoter
{
    // Keywords of the property's use, not of the type: they stay next to the reference.
    private static readonly HashSet<string> UseKeywords = ["description", "nullable", "deprecated", "readOnly", "writeOnly", "default", "example", "examples"];

    /// <summary>Promotes in place.</summary>
    /// <returns>The names of the components added.</returns>
    /// <exception cref="InvalidOperationException">A promoted name is taken already.</exception>
    public static IReadOnlyList<string> Promote(JsonNode document)
    {
        if (document["components"]?["schemas"] is not JsonObject schemas)
        {
            return [];
        }

        var added = new List<string>();
        var pending = new Queue<string>(schemas.Select(s => s.Key));
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (schemas[name] is JsonObject schema)
            {
                foreach (var promoted in PromoteBelow(schemas, schema, CSharpNames.Pascal(name)))
                {
                    added.Add(promoted);
                    pending.Enqueue(promoted);
                }
            }
        }

        return added;
    }

    private static IEnumerable<string> PromoteBelow(JsonObject schemas, JsonObject schema, string owner)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (property, value) in properties.ToList())
            {
                if (value is not JsonObject use)
                {
                    continue;
                }

                var target = use;
                var suffix = string.Empty;
                if (use["type"]?.GetValue<string>() == "array" && use["items"] is JsonObject items)
                {
                    target = items;
                    suffix = "Item";
                }

                if (IsInlineType(target))
                {
                    var name = target["x-kwiga-sdk-name"]?.GetValue<string>() ?? owner + CSharpNames.Pascal(property) + suffix;
                    yield return Extract(schemas, target, name, keepUse: ReferenceEquals(target, use));
                }
            }
        }

        if (schema["additionalProperties"] is JsonObject values && IsInlineType(values))
        {
            var name = values["x-kwiga-sdk-name"]?.GetValue<string>() ?? owner + "Value";
            yield return Extract(schemas, values, name, keepUse: true);
        }
    }

    /// <summary>An object with a shape of its own, or an enum, written in place rather than referenced.</summary>
    private static bool IsInlineType(JsonObject schema) =>
        schema["$ref"] is null && schema["allOf"] is null
        && (schema["properties"] is not null || schema["additionalProperties"] is JsonObject
            || schema["type"]?.GetValue<string>() == "object" || schema["enum"] is not null && schema["type"]?.GetValue<string>() == "string");

    private static string Extract(JsonObject schemas, JsonObject inline, string name, bool keepUse)
    {
        if (schemas.ContainsKey(name))
        {
            throw new InvalidOperationException($"an inline schema would be promoted to '{name}', which is taken; give it another x-kwiga-sdk-name");
        }

        var component = new JsonObject();
        foreach (var (key, value) in inline.ToList())
        {
            if (key == "x-kwiga-sdk-name" || (keepUse && (UseKeywords.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))))
            {
                continue;
            }

            inline.Remove(key);
            component[key] = value;
        }

        // Plain descriptions of the type travel with it, so the class has a summary too.
        if (inline["description"] is JsonValue description && component["description"] is null)
        {
            component["description"] = description.DeepClone();
        }

        inline.Remove("x-kwiga-sdk-name");
        inline["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/" + name });
        schemas[name] = component;
        return name;
    }
}
