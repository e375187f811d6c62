using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kwiga.Testing;

/// <summary>
/// Compares what the server sent with what the SDK wrote back, by value: numbers by value
/// (<c>"10.00"</c> and <c>10.0</c> are the same amount), timestamps by instant, a PHP empty array
/// and an empty object as the same empty map, and a null the SDK omitted as kept.
/// </summary>
internal static class JsonValueComparer
{
    /// <summary>Counts the original's leaves and lists the ones the written JSON lost or changed.</summary>
    public static (int Leaves, List<string> Lost) Compare(JsonNode? original, JsonNode? written, string path = "$")
    {
        var lost = new List<string>();
        var leaves = Walk(original, written, path, lost);
        return (leaves, lost);
    }

    private static int Walk(JsonNode? original, JsonNode? written, string path, List<string> lost)
    {
        switch (original)
        {
            case null:
                if (written is not null)
                {
                    lost.Add($"{path}: null became {written.ToJsonString()}");
                }

                return 1;
            case JsonObject obj:
                if (IsEmptyMap(obj) && IsEmptyMap(written))
                {
                    return 0;
                }

                if (written is not JsonObject writtenObject)
                {
                    lost.Add($"{path}: object became {written?.ToJsonString() ?? "missing"}");
                    return Math.Max(1, CountLeaves(obj));
                }

                return obj.Sum(p => Walk(p.Value, writtenObject.TryGetPropertyValue(p.Key, out var w) ? w : null, $"{path}.{p.Key}", lost));
            case JsonArray array:
                if (array.Count == 0 && IsEmptyMap(written))
                {
                    return 0;
                }

                if (written is not JsonArray writtenArray || writtenArray.Count != array.Count)
                {
                    lost.Add($"{path}: array of {array.Count} became {written?.ToJsonString() ?? "missing"}");
                    return Math.Max(1, CountLeaves(array));
                }

                return array.Select((item, i) => Walk(item, writtenArray[i], $"{path}[{i}]", lost)).Sum();
            default:
                if (!SameValue(original.AsValue(), written))
                {
                    lost.Add($"{path}: {original.ToJsonString()} became {written?.ToJsonString() ?? "missing"}");
                }

                return 1;
        }
    }

    private static bool IsEmptyMap(JsonNode? node) => node is JsonObject { Count: 0 } or JsonArray { Count: 0 };

    private static int CountLeaves(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => CountLeaves(p.Value)),
        JsonArray a => a.Sum(CountLeaves),
        _ => 1,
    };

    private static bool SameValue(JsonValue original, JsonNode? written)
    {
        if (written is not JsonValue value)
        {
            return false;
        }

        var a = original.GetValue<JsonElement>();
        var b = value.GetValue<JsonElement>();
        if (a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText())
        {
            return true;
        }

        if (AsDecimal(a) is { } x && AsDecimal(b) is { } y)
        {
            return x == y;
        }

        if (a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String &&
            DateTimeOffset.TryParse(a.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t1) &&
            DateTimeOffset.TryParse(b.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t2))
        {
            return t1 == t2;
        }

        return a.ValueKind is JsonValueKind.True or JsonValueKind.False && a.ValueKind == b.ValueKind;
    }

    private static decimal? AsDecimal(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetDecimal(out var d) => d,
        JsonValueKind.String when decimal.TryParse(element.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
