using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>The docs' example responses, as kept in openapi/kwiga.yaml, by operationId.</summary>
public static class ContractExamples
{
    private static readonly Lazy<JsonObject> Document = new(Load);

    /// <summary>Every example of the operation's 200 response (one, or several named ones).</summary>
    public static IReadOnlyList<(string Name, JsonNode Value)> SuccessExamples(string operationId)
    {
        var doc = Document.Value;
        foreach (var (_, item) in doc["paths"]!.AsObject())
        {
            foreach (var (_, op) in item!.AsObject())
            {
                if (op is not JsonObject || op["operationId"]?.GetValue<string>() != operationId)
                {
                    continue;
                }

                var response = Resolve(doc, op["responses"]!["200"]!.AsObject());
                var media = response["content"]!["application/json"]!;
                if (media["example"] is { } example)
                {
                    return [("example", example.DeepClone())];
                }

                return media["examples"]!.AsObject().Select(e => (e.Key, e.Value!["value"]!.DeepClone())).ToList();
            }
        }

        throw new InvalidOperationException($"{operationId} is not in the contract");
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

    private static JsonObject Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "openapi", "kwiga.yaml")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("openapi/kwiga.yaml not found"), "openapi", "kwiga.yaml");
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = File.OpenRead(path);
        var result = OpenApiDocument.LoadAsync(stream, "yaml", settings).GetAwaiter().GetResult();
        var writer = new StringWriter();
        result.Document!.SerializeAsV3(new OpenApiJsonWriter(writer));
        return JsonNode.Parse(writer.ToString())!.AsObject();
    }
}
