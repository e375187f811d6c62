using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// Builds the view of the contract that Kiota generates the SDK from. A wire union
/// (<c>anyOf</c> with <c>x-kwiga-sdk-type</c>) becomes the branch that extension names, and a
/// nullable reference (<c>anyOf: [X, JsonNull]</c>) becomes <c>X</c>: Kiota would otherwise emit
/// composed wrapper types. The runtime's lenient parse node folds the other wire forms into the
/// exposed type, so nothing the server sends is lost.
/// </summary>
public static class SdkViewBuilder
{
    private const string JsonNullReference = "#/components/schemas/JsonNull";

    /// <summary>Rewrites <paramref name="document"/> (an OpenAPI 3.0 JSON document) in place.</summary>
    /// <returns>How many unions were collapsed.</returns>
    /// <exception cref="InvalidOperationException">A union does not say which branch the SDK exposes.</exception>
    public static int Collapse(JsonNode document)
    {
        var count = 0;
        Visit(document, "#", ref count);
        return count;
    }

    private static void Visit(JsonNode? node, string location, ref int count)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Visit(array[i], $"{location}/{i}", ref count);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        if (obj["anyOf"] is JsonArray union)
        {
            var branch = ChooseBranch(obj, union) ?? throw new InvalidOperationException(
                $"{location}: anyOf needs x-kwiga-sdk-type naming the branch the SDK exposes");
            obj.Remove("anyOf");
            if (branch["$ref"] is not null)
            {
                obj["allOf"] = new JsonArray(branch.DeepClone());
            }
            else
            {
                foreach (var (key, value) in branch)
                {
                    obj[key] = value?.DeepClone();
                }
            }

            count++;
        }

        foreach (var (key, value) in obj.ToList())
        {
            if (key is not ("example" or "examples"))
            {
                Visit(value, $"{location}/{key}", ref count);
            }
        }
    }

    private static JsonObject? ChooseBranch(JsonObject owner, JsonArray union)
    {
        var branches = union.OfType<JsonObject>().ToList();
        var name = owner["x-kwiga-sdk-type"]?.GetValue<string>();
        if (name is null)
        {
            var others = branches.Where(b => b["$ref"]?.GetValue<string>() != JsonNullReference).ToList();
            return others.Count == 1 && others.Count < branches.Count ? others[0] : null;
        }

        var matches = branches.Where(b =>
            b["$ref"]?.GetValue<string>() == "#/components/schemas/" + name || b["type"]?.GetValue<string>() == name).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
