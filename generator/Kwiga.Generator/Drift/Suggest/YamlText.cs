using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// Writes a JSON tree as block-style YAML in the contract's layout (two-space indent, list items under their
/// key), quoting every string that YAML could read as something else. Enough for drafts; not a general emitter.
/// </summary>
internal static class YamlText
{
    public static string Write(JsonNode node)
    {
        var text = new StringBuilder();
        WriteBlock(node, text, indent: 0);
        return text.ToString();
    }

    private static void WriteBlock(JsonNode? node, StringBuilder text, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (key, value) in obj)
                {
                    text.Append(pad).Append(Scalar(key)).Append(':');
                    WriteValue(value, text, indent, listItem: false);
                }

                break;
            case JsonArray array when array.Count > 0:
                foreach (var item in array)
                {
                    text.Append(pad).Append('-');
                    WriteValue(item, text, indent, listItem: true);
                }

                break;
            default:
                text.Append(pad).Append(Inline(node)).Append('\n');
                break;
        }
    }

    private static void WriteValue(JsonNode? value, StringBuilder text, int indent, bool listItem)
    {
        if (value is JsonObject { Count: > 0 } obj && listItem)
        {
            // "- name: x" then the other keys aligned under it
            var first = true;
            foreach (var (key, member) in obj)
            {
                text.Append(first ? " " : new string(' ', indent + 2)).Append(Scalar(key)).Append(':');
                WriteValue(member, text, indent + 2, listItem: false);
                first = false;
            }
        }
        else if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            text.Append('\n');
            WriteBlock(value, text, value is JsonArray && !listItem ? indent : indent + 2);
        }
        else
        {
            text.Append(' ').Append(Inline(value)).Append('\n');
        }
    }

    private static string Inline(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Scalar(value.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    /// <summary>A string as a plain scalar when that reads back as the same string, else single-quoted.</summary>
    private static string Scalar(string text)
    {
        var plain = text.Length > 0
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-' or ' ' or '$')
            && (char.IsAsciiLetter(text[0]) || text[0] == '$') && !text.EndsWith(' ')
            && text is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n")
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return plain ? text : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
