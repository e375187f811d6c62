using System.Text.Json.Nodes;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// A docs type written as a contract schema: the inverse of <see cref="TypeMapping"/>, in the contract's
/// conventions (a nullable reference is <c>anyOf: [X, JsonNull]</c>, a reference with siblings is wrapped in
/// <c>allOf</c>, a union of documented forms names its SDK branch), so what it drafts passes drift again.
/// </summary>
internal sealed class SchemaDraft
{
    private readonly Func<string, bool> _componentExists;

    /// <param name="componentExists">True for a schema name the contract has or the suggestions add.</param>
    public SchemaDraft(Func<string, bool> componentExists) => _componentExists = componentExists;

    /// <summary>The schema for a property or parameter of the documented type.</summary>
    /// <param name="type">The docs' type text.</param>
    /// <param name="nullable">True when the docs say nullable.</param>
    /// <param name="wrapReference">True when siblings (description, x-kwiga-conditional) will sit next to a reference.</param>
    /// <param name="isOutput">For a union type: outputs must accept every form, inputs pick the array form.</param>
    public JsonObject For(string? type, bool nullable, bool wrapReference, bool isOutput)
    {
        var parsed = DocType.Parse(type);
        if (parsed is null)
        {
            return new JsonObject { ["type"] = "string" }; // the docs give no type (an example-only parameter)
        }

        JsonObject schema;
        if (parsed.Forms.Count == 1)
        {
            schema = Form(parsed.Forms[0]);
        }
        else if (isOutput)
        {
            schema = new JsonObject
            {
                ["anyOf"] = new JsonArray(parsed.Forms.Select(f => (JsonNode)Form(f)).ToArray()),
                ["x-kwiga-sdk-type"] = parsed.Forms[0].ToString(),
                ["x-kwiga-doc-note"] = $"Draft: the docs type this \"{parsed}\"; check which forms the wire sends and which the SDK should expose.",
            };
        }
        else
        {
            var chosen = parsed.Forms.FirstOrDefault(f => f.IsArray) ?? parsed.Forms[0];
            schema = Form(chosen);
            schema["x-kwiga-doc-note"] = $"The docs type this \"{parsed}\"; sent as {chosen}.";
        }

        return nullable ? Nullable(schema) : wrapReference && schema.ContainsKey("$ref") ? new JsonObject { ["allOf"] = new JsonArray(schema) } : schema;
    }

    private JsonObject Nullable(JsonObject schema)
    {
        if (!schema.ContainsKey("$ref"))
        {
            schema["nullable"] = true;
            return schema;
        }

        return _componentExists("JsonNull")
            ? new JsonObject { ["anyOf"] = new JsonArray(schema, Reference("JsonNull")) }
            : new JsonObject { ["allOf"] = new JsonArray(schema), ["nullable"] = true };
    }

    private JsonObject Form(DocTypeForm form)
    {
        if (form.IsArray)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Form(form with { IsArray = false }) };
        }

        return form.Name switch
        {
            "integer" or "number" or "boolean" or "string" or "object" => new JsonObject { ["type"] = form.Name },
            "datetime" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            "date" => new JsonObject { ["type"] = "string", ["format"] = "date" },
            _ when form.IsSchemaName && _componentExists(form.Name) => Reference(form.Name),
            _ => new JsonObject { ["type"] = "object", ["description"] = $"The docs type this {form.Name}, which neither the docs' schema section nor the contract defines." },
        };
    }

    private static JsonObject Reference(string component) => new() { ["$ref"] = $"#/components/schemas/{component}" };
}
