using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// Renames components that carry <c>x-kwiga-sdk-name</c> and every reference to them. Component names
/// are not on the wire; the C# class takes the new name (<c>Success</c> → <c>Confirmation</c>, whose
/// <c>success</c> property would otherwise force Kiota's <c>SuccessProp</c>).
/// </summary>
public static class SchemaRenamer
{
    private const string Prefix = "#/components/schemas/";

    /// <summary>Renames in place.</summary>
    /// <returns>Old name → new name, for every component renamed.</returns>
    /// <exception cref="InvalidOperationException">The new name is taken.</exception>
    public static IReadOnlyDictionary<string, string> Rename(JsonNode document)
    {
        if (document["components"]?["schemas"] is not JsonObject schemas)
        {
            return new Dictionary<string, string>();
        }

        var renames = new Dictionary<string, string>();
        foreach (var (name, value) in schemas.ToList())
        {
            if (value is JsonObject schema && schema["x-kwiga-sdk-name"]?.GetValue<string>() is { } sdkName && sdkName != name)
            {
                if (schemas.ContainsKey(sdkName))
                {
                    throw new InvalidOperationException($"#/components/schemas/{name}: x-kwiga-sdk-name '{sdkName}' is taken by another component");
                }

                schemas.Remove(name);
                schema.Remove("x-kwiga-sdk-name");
                schemas[sdkName] = schema;
                renames[name] = sdkName;
            }
        }

        if (renames.Count > 0)
        {
            SchemaWalker.Visit(document, (obj, _) =>
            {
                if (obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(Prefix, StringComparison.Ordinal)
                    && renames.TryGetValue(reference[Prefix.Length..], out var renamed))
                {
                    obj["$ref"] = Prefix + renamed;
                }

                // A union names its exposed branch by component name.
                if (obj["x-kwiga-sdk-type"]?.GetValue<string>() is { } exposed && renames.TryGetValue(exposed, out var exposedRenamed))
                {
                    obj["x-kwiga-sdk-type"] = exposedRenamed;
                }
            });
        }

        return renames;
    }
}
