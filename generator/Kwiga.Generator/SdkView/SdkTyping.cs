using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// The C# type of a plain (non-union) schema, where the contract asks for one other than its wire type:
/// <list type="bullet">
/// <item><c>x-kwiga-sdk-type: boolean</c> on the docs' <c>integer</c> 0/1 flags: the SDK exposes a
/// <c>bool</c> and sends it as <c>1</c>/<c>0</c>, the same bytes;</item>
/// <item><c>x-kwiga-sdk-format: date | date-time</c> on a <c>string</c> the wire reads as a date: the SDK
/// exposes <c>Date</c> (converts to and from <c>DateOnly</c>) or <c>DateTimeOffset</c> and writes the form
/// the docs use, while the contract keeps the plain string every form of which the server accepts.</item>
/// </list>
/// Unions name their branch with the same <c>x-kwiga-sdk-type</c> and are left to <see cref="UnionCollapser"/>.
/// </summary>
public static class SdkTyping
{
    private static readonly HashSet<string> Formats = ["date", "date-time"];
    private static readonly HashSet<string> PlainTypes = ["boolean", "integer", "number", "string"];

    /// <summary>Applies both extensions in place.</summary>
    /// <returns>How many schemas were retyped.</returns>
    /// <exception cref="InvalidOperationException">An extension names a type or format the SDK does not expose this way.</exception>
    public static int Apply(JsonNode document)
    {
        var count = 0;
        SchemaWalker.Visit(document, (obj, location) =>
        {
            var changed = false;
            if (obj["anyOf"] is null && obj["x-kwiga-sdk-type"]?.GetValue<string>() is { } type)
            {
                if (!PlainTypes.Contains(type))
                {
                    throw new InvalidOperationException($"{location}: x-kwiga-sdk-type '{type}' on a schema that is not a union must be one of {string.Join(", ", PlainTypes)}");
                }

                obj["type"] = type;
                obj.Remove("enum");
                obj.Remove("format");
                changed = true;
            }

            if (obj["x-kwiga-sdk-format"]?.GetValue<string>() is { } format)
            {
                if (!Formats.Contains(format) || obj["type"]?.GetValue<string>() != "string")
                {
                    throw new InvalidOperationException($"{location}: x-kwiga-sdk-format must be 'date' or 'date-time' on a string schema");
                }

                obj["format"] = format;
                changed = true;
            }

            count += changed ? 1 : 0;
        });
        return count;
    }
}
