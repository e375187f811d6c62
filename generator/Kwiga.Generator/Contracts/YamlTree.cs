using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace Kwiga.Generator.Contracts;

/// <summary>YAML (or JSON, a subset of it) read as a JSON tree with the YAML library Microsoft.OpenApi's reader uses.</summary>
public static class YamlTree
{
    /// <summary>The first document of <paramref name="text"/>; null when there is none.</summary>
    /// <exception cref="SharpYaml.YamlException">The text is not YAML.</exception>
    public static JsonNode? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].ToJsonNode();
    }
}
