using System.Text.Json.Nodes;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// Documented inputs as contract YAML: a query parameter in the contract's conventions (bracketed names
/// for nested filters, <c>name[]</c> with <c>explode: true</c> for lists, so PHP reads them as lists), or
/// body properties nested along the dotted name (<c>type_discount.id</c> → an object with <c>id</c>; a parent
/// row typed <c>object[]</c> → an array of such objects).
/// </summary>
internal sealed class InputDraft
{
    private readonly SchemaDraft _schemas;

    public InputDraft(SchemaDraft schemas) => _schemas = schemas;

    /// <summary>A query parameter object for a documented parameter.</summary>
    public JsonObject QueryParameter(DocParameter parameter)
    {
        var schema = _schemas.For(parameter.Type, nullable: false, wrapReference: false, isOutput: false);
        var isList = schema["type"]?.GetValue<string>() == "array";
        var segments = parameter.Name.Split('.');
        var name = segments[0] + string.Concat(segments.Skip(1).Select(s => $"[{s}]")) + (isList ? "[]" : string.Empty);
        var result = new JsonObject { ["name"] = name, ["in"] = "query" };
        if (parameter.Required)
        {
            result["required"] = true;
        }

        if (parameter.Description is not null)
        {
            result["description"] = parameter.Description;
        }

        if (isList)
        {
            result["style"] = "form";
            result["explode"] = true;
        }

        if (schema.Remove("x-kwiga-doc-note", out var note))
        {
            result["x-kwiga-doc-note"] = note; // on the parameter, where the contract keeps its notes
        }

        result["schema"] = schema;
        return result;
    }

    /// <summary>
    /// Adds the body property for <paramref name="parameter"/> to <paramref name="schema"/> (an object schema
    /// with <c>properties</c>), below the first <paramref name="depth"/> segments of its name, which exist already.
    /// </summary>
    /// <param name="schema">The object schema to extend.</param>
    /// <param name="parameter">The documented parameter.</param>
    /// <param name="depth">How many leading segments of the dotted name the target already covers.</param>
    /// <param name="rows">The operation's documented rows, to find a parent row's type.</param>
    public void AddBodyProperty(JsonObject schema, DocParameter parameter, int depth, IReadOnlyList<DocParameter> rows)
    {
        var segments = parameter.Name.Split('.');
        var owner = schema;
        for (var i = depth; i < segments.Length - 1; i++)
        {
            var parentName = string.Join('.', segments.Take(i + 1));
            var properties = Properties(owner);
            if (properties[segments[i]] is not JsonObject parent)
            {
                var isList = rows.Any(r => r.Name == parentName && r.Type == "object[]");
                var obj = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
                parent = isList ? new JsonObject { ["type"] = "array", ["items"] = obj } : obj;
                properties[segments[i]] = parent;
            }

            owner = parent["items"] as JsonObject ?? parent;
        }

        var leaf = _schemas.For(parameter.Type, nullable: false, wrapReference: parameter.Description is not null, isOutput: false);
        if (parameter.Description is not null)
        {
            leaf = WithDescription(leaf, parameter.Description);
        }

        Properties(owner)[segments[^1]] = leaf;
        if (parameter.Required)
        {
            if (owner["required"] is not JsonArray required)
            {
                owner["required"] = required = [];
            }

            required.Add(segments[^1]);
        }
    }

    /// <summary>A copy of <paramref name="schema"/> with <paramref name="description"/> as its first key.</summary>
    public static JsonObject WithDescription(JsonObject schema, string description)
    {
        var result = new JsonObject { ["description"] = description };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            result[key] = value;
        }

        return result;
    }

    private static JsonObject Properties(JsonObject owner)
    {
        if (owner["properties"] is not JsonObject properties)
        {
            owner["properties"] = properties = [];
        }

        return properties;
    }
}
