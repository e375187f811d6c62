using System.Text.Json.Nodes;

namespace Kwiga.Testing;

/// <summary>
/// The docs' example responses as kept in openapi/kwiga.yaml, by operationId: the contract is the
/// source of truth, so no test or benchmark keeps a copy of an example. Compiled into each project
/// that needs it (linked from <c>tests/Shared/</c>), with one of the two loaders: the contract itself
/// (<c>ContractExamples.Yaml.cs</c>, Microsoft.OpenApi) or its JSON rendition (<c>ContractExamples.Json.cs</c>).
/// </summary>
internal static partial class ContractExamples
{
    private static readonly Lazy<JsonObject> Document = new(Load);

    /// <summary>Every example of the operation's 200 response: the single <c>example</c>, or each named one.</summary>
    public static IReadOnlyList<(string Name, JsonNode Value)> SuccessExamples(string operationId)
    {
        var media = SuccessMedia(operationId);
        if (media["example"] is { } example)
        {
            return [("example", example.DeepClone())];
        }

        return media["examples"]!.AsObject().Select(e => (e.Key, e.Value!["value"]!.DeepClone())).ToList();
    }

    /// <summary>One example of the operation's 200 response: the named one, or the single <c>example</c> when <paramref name="name"/> is null.</summary>
    public static JsonNode SuccessExample(string operationId, string? name)
    {
        var media = SuccessMedia(operationId);
        var example = name is null ? media["example"] : media["examples"]?[name]?["value"];
        return example?.DeepClone()
            ?? throw new InvalidOperationException($"{operationId} has no 200 example {name ?? "(single)"} in openapi/kwiga.yaml");
    }

    /// <summary>Every operation's method and route as the docs write them (<c>GET /contacts/{contact}</c>), by operationId.</summary>
    public static IReadOnlyDictionary<string, string> Routes()
    {
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, item) in Document.Value["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject && operation["operationId"]?.GetValue<string>() is { } id)
                {
                    routes[id] = method.ToUpperInvariant() + " " + path;
                }
            }
        }

        return routes;
    }

    private static JsonNode SuccessMedia(string operationId)
    {
        var doc = Document.Value;
        foreach (var (_, item) in doc["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                if (operation is JsonObject && operation["operationId"]?.GetValue<string>() == operationId)
                {
                    return Resolve(doc, operation["responses"]!["200"]!.AsObject())["content"]!["application/json"]!;
                }
            }
        }

        throw new InvalidOperationException($"{operationId} is not in openapi/kwiga.yaml");
    }

    private static JsonObject Resolve(JsonObject doc, JsonObject node)
    {
        while (node["$ref"] is JsonValue reference)
        {
            JsonNode? target = doc;
            foreach (var segment in reference.GetValue<string>().TrimStart('#', '/').Split('/'))
            {
                target = target?[segment];
            }

            node = target!.AsObject();
        }

        return node;
    }

    /// <summary>The contract as OpenAPI JSON.</summary>
    private static partial JsonObject Load();
}
