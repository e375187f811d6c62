using System.Text.Json.Nodes;

namespace Kwiga.Contract.Tests;

/// <summary>Navigation helpers over the JSON rendition of the contract.</summary>
internal static class ContractJson
{
    public static JsonObject Operation(JsonObject doc, string method, string path) =>
        doc["paths"]?[path]?[method.ToLowerInvariant()] as JsonObject
        ?? throw new AssertionException($"{method} {path} is not in the contract");

    public static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject doc)
    {
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "delete" or "patch")
                {
                    yield return (method.ToUpperInvariant(), path, op!.AsObject());
                }
            }
        }
    }

    /// <summary>Follows a local <c>$ref</c> (components/schemas, components/responses, ...).</summary>
    public static JsonObject Resolve(JsonObject doc, JsonObject node)
    {
        while (node["$ref"] is JsonValue reference)
        {
            var pointer = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            JsonNode? target = doc;
            foreach (var segment in pointer)
            {
                target = target?[segment.Replace("~1", "/").Replace("~0", "~")];
            }

            node = target as JsonObject ?? throw new AssertionException($"unresolved $ref {reference}");
        }

        return node;
    }

    /// <summary>Properties of an object schema, including those brought in through allOf.</summary>
    public static Dictionary<string, JsonObject> Properties(JsonObject doc, JsonObject schema)
    {
        schema = Resolve(doc, schema);
        var result = new Dictionary<string, JsonObject>();
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties)
            {
                result[name] = value!.AsObject();
            }
        }

        foreach (var part in (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var (name, value) in Properties(doc, part))
            {
                result.TryAdd(name, value);
            }
        }

        return result;
    }

    /// <summary>
    /// The branch of an <c>anyOf</c> the SDK exposes: the one <c>x-kwiga-sdk-type</c> names (a component
    /// or a primitive type), or for a nullable reference <c>anyOf: [X, JsonNull]</c> the reference.
    /// </summary>
    public static JsonObject? SdkBranch(JsonObject union)
    {
        var branches = (union["anyOf"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var name = union["x-kwiga-sdk-type"]?.GetValue<string>();
        if (name is null)
        {
            var nonNull = branches.Where(b => b["$ref"]?.GetValue<string>() != "#/components/schemas/JsonNull").ToList();
            return nonNull.Count == 1 && nonNull.Count < branches.Count ? nonNull[0] : null;
        }

        return branches.SingleOrDefault(b =>
            b["$ref"]?.GetValue<string>() == "#/components/schemas/" + name || b["type"]?.GetValue<string>() == name);
    }

    public static HashSet<string> Required(JsonObject doc, JsonObject schema)
    {
        schema = Resolve(doc, schema);
        var result = (schema["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToHashSet();
        foreach (var part in (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            result.UnionWith(Required(doc, part));
        }

        return result;
    }

    /// <summary>The schema Kiota and the SDK see for a property: the union branch named by x-kwiga-sdk-type.</summary>
    public static JsonObject Primary(JsonObject doc, JsonObject schema)
    {
        schema = Resolve(doc, schema);
        if (schema["anyOf"] is JsonArray anyOf && anyOf.Count > 0)
        {
            var branch = SdkBranch(schema) ?? throw new AssertionException("a union without a matching x-kwiga-sdk-type");
            return Resolve(doc, branch);
        }

        if (schema["allOf"] is JsonArray allOf && allOf.Count == 1 && schema["properties"] is null)
        {
            return Resolve(doc, allOf[0]!.AsObject());
        }

        return schema;
    }

    public static JsonObject? RequestBodySchema(JsonObject doc, JsonObject operation) =>
        operation["requestBody"] is JsonObject body
            ? Resolve(doc, body)["content"]?["application/json"]?["schema"] as JsonObject
            : null;

    public static IEnumerable<JsonObject> Parameters(JsonObject doc, string path, JsonObject operation)
    {
        var pathLevel = doc["paths"]![path]!["parameters"] as JsonArray ?? [];
        var opLevel = operation["parameters"] as JsonArray ?? [];
        return pathLevel.Concat(opLevel).OfType<JsonObject>().Select(p => Resolve(doc, p));
    }
}
