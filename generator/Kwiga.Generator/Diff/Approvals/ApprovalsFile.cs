using System.Text.Json;
using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Diff.Approvals;

/// <summary>
/// Reads an approvals file (YAML or JSON). Either a list of entries or an object with an
/// <c>approvals</c> list; each entry has <c>kind</c> (or <c>rule</c>), <c>location</c> and <c>reason</c>:
/// <code>
/// approvals:
///   - kind: parameter-removed
///     location: GET /contacts query:with_offers
///     reason: never worked server-side; removed with the 2.0 SDK
/// </code>
/// </summary>
public static class ApprovalsFile
{
    /// <summary>Loads approvals from a file.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable, or an entry lacks a field.</exception>
    public static IReadOnlyList<Approval> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: approvals file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses approvals text; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="InvalidDataException">Unreadable text, or an entry lacks a field.</exception>
    public static IReadOnlyList<Approval> Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = ReadTree(text, name);
        var list = root switch
        {
            JsonArray array => array,
            JsonObject obj when obj["approvals"] is JsonArray array => array,
            JsonObject obj when obj.Count == 0 => [],
            null => [],
            _ => throw new InvalidDataException($"{name}: expected a list of approvals or an 'approvals:' list"),
        };

        return list.Select((entry, index) => ReadEntry(entry, index, name)).ToList();
    }

    private static Approval ReadEntry(JsonNode? entry, int index, string name)
    {
        if (entry is not JsonObject obj)
        {
            throw new InvalidDataException($"{name}: approval #{index + 1} is not a mapping");
        }

        var kind = Text(obj, "kind") ?? Text(obj, "rule");
        var location = Text(obj, "location");
        var reason = Text(obj, "reason");
        if (kind is null || location is null || string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidDataException(
                $"{name}: approval #{index + 1} needs 'kind' (or 'rule'), 'location' and a non-empty 'reason'");
        }

        return new Approval(kind, location, reason);
    }

    private static string? Text(JsonObject obj, string key) =>
        obj[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonNode? ReadTree(string text, string name)
    {
        try
        {
            if (text.TrimStart().StartsWith('[') || text.TrimStart().StartsWith('{'))
            {
                return JsonNode.Parse(text);
            }

            return YamlTree.Read(text);
        }
        catch (Exception ex) when (ex is JsonException or SharpYaml.YamlException)
        {
            throw new InvalidDataException($"{name}: cannot read approvals: {ex.Message}", ex);
        }
    }
}
