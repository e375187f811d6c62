using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kwiga.Testing;

/// <summary>The loader of <see cref="ContractExamples"/> that reads openapi/kwiga.yaml itself (needs Microsoft.OpenApi.YamlReader).</summary>
internal static partial class ContractExamples
{
    /// <summary>The contract read by Microsoft.OpenApi (as the tools read it) and rendered as OpenAPI 3.0 JSON.</summary>
    private static partial JsonObject Load()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = File.OpenRead(RepositoryRoot.File(Path.Combine("openapi", "kwiga.yaml")));
        var result = OpenApiDocument.LoadAsync(stream, "yaml", settings).GetAwaiter().GetResult();
        var writer = new StringWriter();
        result.Document!.SerializeAsV3(new OpenApiJsonWriter(writer));
        return JsonNode.Parse(writer.ToString())!.AsObject();
    }
}
