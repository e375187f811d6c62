using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kwiga.Contract.Tests;

/// <summary>The contract under test, read once with Microsoft.OpenApi (the reader the tools use).</summary>
internal static class ContractFile
{
    private static readonly Lazy<Loaded> Instance = new(Load);

    public static string RepositoryRoot => Instance.Value.Root;

    /// <summary>The parsed document; loading fails the tests if the reader reports any error.</summary>
    public static OpenApiDocument Document => Instance.Value.Document;

    /// <summary>The same document rendered as OpenAPI 3.0 JSON, for structural checks and example validation.</summary>
    public static JsonObject Json => (JsonObject)Instance.Value.Json.DeepClone();

    public static string Path => System.IO.Path.Combine(RepositoryRoot, "openapi", "kwiga.yaml");

    private static Loaded Load()
    {
        var root = Kwiga.Testing.RepositoryRoot.Path;
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = File.OpenRead(System.IO.Path.Combine(root, "openapi", "kwiga.yaml"));
        var result = OpenApiDocument.LoadAsync(stream, "yaml", settings).GetAwaiter().GetResult();
        var errors = result.Diagnostic?.Errors ?? [];
        if (errors.Count > 0 || result.Document is null)
        {
            throw new InvalidOperationException("openapi/kwiga.yaml does not read cleanly: " + string.Join("; ", errors));
        }

        var writer = new StringWriter();
        result.Document.SerializeAsV3(new OpenApiJsonWriter(writer));
        var json = JsonNode.Parse(writer.ToString())!.AsObject();
        return new Loaded(root, result.Document, json);
    }

    private sealed record Loaded(string Root, OpenApiDocument Document, JsonObject Json);
}
