using System.Text.Json;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// The fast reads of single tokens. Each accepts only the token kinds for which the lenient node
/// returns exactly the same value (a number token Kiota reads with the same Utf8JsonReader call, a
/// plain JSON string); everything else (numbers as text, mismatches) is left to the lenient node.
/// </summary>
internal static class FastReads
{
    public static bool String(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType == JsonTokenType.String;
    }

    public static bool Bool(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value.HasValue;
    }

    public static bool Int(ref Utf8JsonReader reader, out int? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : null;
        return value.HasValue;
    }

    public static bool Long(ref Utf8JsonReader reader, out long? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) ? number : null;
        return value.HasValue;
    }

    public static bool Double(ref Utf8JsonReader reader, out double? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number : null;
        return value.HasValue;
    }

    public static bool Decimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number : null;
        return value.HasValue;
    }

    public static bool DateTimeOffset(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        // Kiota's first attempt is System.Text.Json's DateTimeOffset converter, i.e. this very call.
        value = reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var date) ? date : null;
        return value.HasValue;
    }
}
