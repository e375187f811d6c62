using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// The docs' example responses from openapi/kwiga.yaml, as the UTF-8 JSON a server would send. Read
/// once per process (the contract is the source of truth; no copy of an example lives here).
/// </summary>
public static class DocsExamples
{
    private static readonly Lazy<JsonObject> Contract = new(Load);

    /// <summary><c>listCourseUsers</c>, example <c>withInclude</c> (every include: progress rows and the course program).</summary>
    public static byte[] CourseUsersWithInclude() => Utf8(SuccessExample("listCourseUsers", "withInclude"));

    /// <summary><c>listOffers</c>: one page of offers.</summary>
    public static byte[] Offers() => Utf8(SuccessExample("listOffers", null));

    /// <summary><c>addContactPurchase</c>: the contact with its orders and payments.</summary>
    public static byte[] Purchase() => Utf8(SuccessExample("addContactPurchase", null));

    /// <summary>The 200 example of <paramref name="operationId"/>: the named one, or the single <c>example</c>.</summary>
    public static JsonNode SuccessExample(string operationId, string? name)
    {
        var doc = Contract.Value;
        foreach (var (_, item) in doc["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                if (operation is not JsonObject || operation["operationId"]?.GetValue<string>() != operationId)
                {
                    continue;
                }

                var media = Resolve(doc, operation["responses"]!["200"]!.AsObject())["content"]!["application/json"]!;
                var example = name is null ? media["example"] : media["examples"]?[name]?["value"];
                return example?.DeepClone()
                    ?? throw new InvalidOperationException($"{operationId} has no 200 example {name ?? "(single)"} in openapi/kwiga.yaml");
            }
        }

        throw new InvalidOperationException($"{operationId} is not in openapi/kwiga.yaml");
    }

    private static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);

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
        var path = Path.Combine(RepositoryRoot(), "openapi", "kwiga.yaml");
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = File.OpenRead(path);
        var result = OpenApiDocument.LoadAsync(stream, "yaml", settings).GetAwaiter().GetResult();
        var writer = new StringWriter();
        result.Document!.SerializeAsV3(new OpenApiJsonWriter(writer));
        return JsonNode.Parse(writer.ToString())!.AsObject();
    }

    /// <summary>
    /// The repository root: found upward from the binary (BenchmarkDotNet runs a copy of it from
    /// bin/…/&lt;job id&gt;/) or, failing that, from the working directory; KWIGA_REPO_ROOT overrides.
    /// </summary>
    private static string RepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable("KWIGA_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "openapi", "kwiga.yaml")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("openapi/kwiga.yaml not found above the binary or the working directory; set KWIGA_REPO_ROOT.");
    }
}
