using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Contracts;

/// <summary>Read-only questions about schemas that several commands ask.</summary>
public static class SchemaFacts
{
    /// <summary>Component name when the schema is a <c>$ref</c> to <c>#/components/schemas/X</c>; otherwise null.</summary>
    public static string? RefName(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference reference ? reference.Reference.Id : null;

    /// <summary>
    /// Component name for a <c>$ref</c>, or for the 3.0 idiom that wraps one to add a description
    /// (<c>allOf: [$ref]</c> with no properties of its own); otherwise null.
    /// </summary>
    public static string? ModelRefName(IOpenApiSchema? schema)
    {
        if (RefName(schema) is { } name)
        {
            return name;
        }

        return schema is { AllOf: [var only] } && (schema.Properties?.Count ?? 0) == 0 && schema.Items is null
            ? RefName(only)
            : null;
    }

    /// <summary>The schema behind a reference (the schema itself when it is inline); null when unresolved.</summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference reference ? reference.Target : schema;

    /// <summary>The declared type without the <c>null</c> flag (3.0 <c>nullable: true</c> becomes that flag).</summary>
    public static JsonSchemaType? BaseType(IOpenApiSchema? schema)
    {
        var type = Resolve(schema)?.Type;
        if (type is null)
        {
            return null;
        }

        var withoutNull = type.Value & ~JsonSchemaType.Null;
        return withoutNull == 0 ? null : withoutNull;
    }

    /// <summary>True when the schema admits <c>null</c>.</summary>
    public static bool IsNullable(IOpenApiSchema? schema)
    {
        var type = Resolve(schema)?.Type;
        return type is not null && type.Value.HasFlag(JsonSchemaType.Null);
    }

    /// <summary>Type name for messages: <c>string</c>, <c>integer</c>, <c>array</c>...</summary>
    public static string TypeName(IOpenApiSchema? schema)
    {
        var type = BaseType(schema);
        return type is null ? "any" : string.Join("|", type.Value.ToIdentifiers());
    }

    /// <summary>
    /// Properties of an object schema, including those contributed by <c>allOf</c> members
    /// (later members win), with references left in place so callers can see <c>$ref</c> names.
    /// </summary>
    public static IReadOnlyDictionary<string, IOpenApiSchema> Properties(IOpenApiSchema? schema)
    {
        var result = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        Collect(schema, result, depth: 0);
        return result;

        static void Collect(IOpenApiSchema? schema, Dictionary<string, IOpenApiSchema> into, int depth)
        {
            var resolved = Resolve(schema);
            if (resolved is null || depth > 16)
            {
                return;
            }

            foreach (var member in resolved.AllOf ?? [])
            {
                Collect(member, into, depth + 1);
            }

            foreach (var (name, property) in resolved.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                into[name] = property;
            }
        }
    }

    /// <summary>Required property names, including those declared by <c>allOf</c> members.</summary>
    public static IReadOnlySet<string> Required(IOpenApiSchema? schema)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, result, depth: 0);
        return result;

        static void Collect(IOpenApiSchema? schema, HashSet<string> into, int depth)
        {
            var resolved = Resolve(schema);
            if (resolved is null || depth > 16)
            {
                return;
            }

            into.UnionWith(resolved.Required ?? new HashSet<string>());
            foreach (var member in resolved.AllOf ?? [])
            {
                Collect(member, into, depth + 1);
            }
        }
    }

    /// <summary>Enum values rendered as JSON text (so <c>1</c> and <c>"1"</c> stay distinct).</summary>
    public static IReadOnlyList<string> EnumValues(IOpenApiSchema? schema) =>
        (Resolve(schema)?.Enum ?? []).Select(v => v?.ToJsonString() ?? "null").ToList();

    /// <summary>The string value of an extension such as <c>x-kwiga-alias-of</c>, or null.</summary>
    public static string? ExtensionString(IDictionary<string, IOpenApiExtension>? extensions, string name)
    {
        if (extensions is null || !extensions.TryGetValue(name, out var extension))
        {
            return null;
        }

        return extension is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue<string>(out var text)
            ? text
            : null;
    }

    /// <summary>The JSON value of an extension, or null when absent.</summary>
    public static JsonNode? ExtensionNode(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        extensions is not null && extensions.TryGetValue(name, out var extension)
            ? (extension as JsonNodeExtension)?.Node
            : null;
}
