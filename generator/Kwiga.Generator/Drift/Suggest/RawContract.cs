using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// The contract as written (the raw tree), navigated by JSON pointer with <c>$ref</c>s followed, so a
/// suggestion names the place a maintainer edits: the component a request body references, not the inline
/// copy the object model shows.
/// </summary>
internal sealed class RawContract
{
    private const int MaxHops = 16;
    private readonly JsonNode _root;

    public RawContract(JsonNode root) => _root = root;

    /// <summary>The node at a pointer (<c>#/paths/~1contacts/get</c>), or null.</summary>
    public JsonNode? At(string pointer)
    {
        JsonNode? node = _root;
        foreach (var segment in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[key],
                JsonArray array when int.TryParse(key, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The pointer of the object a pointer leads to once <c>$ref</c>s are followed; null when it leads nowhere.</summary>
    public string? Follow(string pointer)
    {
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (At(pointer) is not JsonObject obj)
            {
                return null;
            }

            if (obj["$ref"] is not JsonValue reference || !reference.TryGetValue<string>(out var target) || !target.StartsWith('#'))
            {
                return pointer;
            }

            pointer = target;
        }

        return null;
    }

    /// <summary>True when the object at <paramref name="pointer"/> has the member <paramref name="key"/>.</summary>
    public bool Has(string pointer, string key) => At(pointer) is JsonObject obj && obj.ContainsKey(key);

    /// <summary>The schema of an operation's request body (JSON media type first), followed to where it is written.</summary>
    public string? RequestSchema(ContractOperation op) =>
        MediaSchema(Follow(ContractPointer.Append(op.Pointer, "requestBody")));

    /// <summary>The schema of an operation's first 2xx response, followed to where it is written.</summary>
    public string? ResponseSchema(ContractOperation op)
    {
        var code = (op.Operation.Responses ?? []).Keys.FirstOrDefault(ResponseCodes.IsSuccess);
        return code is null ? null : MediaSchema(Follow(ContractPointer.Append(op.Pointer, "responses", code)));
    }

    /// <summary>
    /// The schema holding the property at <paramref name="path"/> below <paramref name="schema"/> (array items
    /// and <c>allOf</c> members searched), or the deepest existing one with how many segments it covers.
    /// </summary>
    public (string Pointer, int Depth) Deepest(string schema, IReadOnlyList<string> path)
    {
        var depth = 0;
        while (depth < path.Count && Property(schema, path[depth]) is { } next)
        {
            schema = next;
            depth++;
        }

        return (schema, depth);
    }

    /// <summary>The object schema new properties of <paramref name="schema"/> belong in (an array's items).</summary>
    public string ObjectOf(string schema)
    {
        var followed = Follow(schema) ?? schema;
        return Has(followed, "items") && Follow(ContractPointer.Append(followed, "items")) is { } items ? ObjectOf(items) : followed;
    }

    private string? Property(string schema, string name)
    {
        var owner = ObjectOf(schema);
        if (At(ContractPointer.Append(owner, "properties", name)) is not null)
        {
            return Follow(ContractPointer.Append(owner, "properties", name));
        }

        var members = At(ContractPointer.Append(owner, "allOf")) as JsonArray ?? [];
        return Enumerable.Range(0, members.Count)
            .Select(i => Follow(ContractPointer.Append(owner, "allOf", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .OfType<string>()
            .Select(member => Property(member, name))
            .FirstOrDefault(found => found is not null);
    }

    private string? MediaSchema(string? owner)
    {
        if (owner is null || At(ContractPointer.Append(owner, "content")) is not JsonObject content || content.Count == 0)
        {
            return null;
        }

        var media = content.ContainsKey("application/json") ? "application/json" : content.First().Key;
        return Follow(ContractPointer.Append(owner, "content", media, "schema"));
    }
}
