using System.Text.Json.Nodes;
using Json.Schema;

namespace Kwiga.Contract.Tests;

/// <summary>
/// Turns OpenAPI 3.0 schemas into JSON Schema 2020-12 so examples can be validated by a real
/// validator: <c>nullable: true</c> becomes a <c>"null"</c> type, component references become <c>$defs</c>.
/// </summary>
internal static class OpenApiSchemaConverter
{
    public static JsonSchema ToJsonSchema(JsonObject doc, JsonObject schema)
    {
        var root = Convert(schema.DeepClone())!.AsObject();
        var defs = new JsonObject();
        foreach (var (name, component) in doc["components"]!["schemas"]!.AsObject())
        {
            defs[name] = Convert(component!.DeepClone());
        }

        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = defs;
        return JsonSchema.FromText(root.ToJsonString());
    }

    private static JsonNode? Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (key.StartsWith("x-", StringComparison.Ordinal) || key is "example" or "examples" or "discriminator" or "xml" or "externalDocs")
                    {
                        obj.Remove(key);
                        continue;
                    }

                    obj[key] = Convert(obj[key]?.DeepClone());
                }

                if (obj["$ref"] is JsonValue reference)
                {
                    obj["$ref"] = reference.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                }

                if (obj["nullable"] is JsonValue nullable)
                {
                    obj.Remove("nullable");
                    if (nullable.GetValue<bool>() && obj["type"] is JsonValue type)
                    {
                        obj["type"] = new JsonArray(type.GetValue<string>(), "null");
                    }
                    else if (nullable.GetValue<bool>() && obj["allOf"] is not null)
                    {
                        // `nullable` next to a reference (allOf: [$ref]), as generators read it: the reference or null.
                        return new JsonObject { ["anyOf"] = new JsonArray(obj, new JsonObject { ["type"] = "null" }) };
                    }
                }

                return obj;
            }

            case JsonArray array:
                return new JsonArray(array.Select(item => Convert(item?.DeepClone())).ToArray());
            default:
                return node;
        }
    }
}
