using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Kwiga.Generator.Contracts;

/// <summary>
/// An OpenAPI contract read twice: as the Microsoft.OpenApi object model (resolved references,
/// merged defaults) and as the raw JSON tree, because the 3.0 reader drops keywords that sit next
/// to a <c>$ref</c> (such as <c>x-kwiga-conditional</c>) and some rules need exactly what was written.
/// </summary>
public sealed class ContractDocument
{
    private ContractDocument(string displayName, OpenApiDocument model, JsonNode raw, IReadOnlyList<ReaderWarning> warnings)
    {
        DisplayName = displayName;
        Model = model;
        Raw = raw;
        Warnings = warnings;
    }

    /// <summary>Name used in findings, normally the path given on the command line.</summary>
    public string DisplayName { get; }

    /// <summary>The parsed OpenAPI model.</summary>
    public OpenApiDocument Model { get; }

    /// <summary>The document as written, converted from YAML or JSON to a JSON tree.</summary>
    public JsonNode Raw { get; }

    /// <summary>Reader warnings such as unresolved references.</summary>
    public IReadOnlyList<ReaderWarning> Warnings { get; }

    /// <summary>Loads a contract from a file; YAML or JSON.</summary>
    /// <exception cref="ContractLoadException">The file is missing or is not a readable OpenAPI document.</exception>
    public static ContractDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ContractLoadException($"{path}: file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses contract text; <paramref name="displayName"/> is only used in messages.</summary>
    /// <exception cref="ContractLoadException">The text is not a readable OpenAPI document.</exception>
    public static ContractDocument Parse(string text, string displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayName);

        var raw = ReadRaw(text, displayName);
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = OpenApiDocument.Load(stream, OpenApiConstants.Yaml, settings);
        var errors = result.Diagnostic?.Errors ?? [];
        if (result.Document is null || errors.Count > 0)
        {
            var details = string.Join("; ", errors.Select(e => $"{e.Message} {e.Pointer}".Trim()));
            throw new ContractLoadException($"{displayName}: not a readable OpenAPI document: {details}");
        }

        var warnings = (result.Diagnostic?.Warnings ?? [])
            .Select(w => new ReaderWarning(w.Message, string.IsNullOrEmpty(w.Pointer) ? ContractPointer.Root : w.Pointer))
            .ToList();
        return new ContractDocument(displayName, result.Document, raw, warnings);
    }

    private static JsonNode ReadRaw(string text, string displayName)
    {
        try
        {
            return YamlTree.Read(text) ?? throw new ContractLoadException($"{displayName}: empty document");
        }
        catch (Exception ex) when (ex is not ContractLoadException)
        {
            throw new ContractLoadException($"{displayName}: invalid YAML: {ex.Message}", ex);
        }
    }
}
