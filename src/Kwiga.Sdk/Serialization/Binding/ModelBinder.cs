using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// Fills a generated model from a <see cref="Utf8JsonReader"/> through its <see cref="ModelPlan"/>,
/// following <see cref="LenientJsonParseNode"/>'s rules field by field: nulls skipped, unknown fields
/// kept raw in AdditionalData (first occurrence wins), values a property cannot hold kept raw under
/// their wire name.
/// </summary>
internal static class ModelBinder
{
    /// <summary>Binds the object the reader is on (StartObject); returns with the reader on its EndObject.</summary>
    public static IParsable BindObject(ref Utf8JsonReader reader, ModelPlan plan)
    {
        var item = plan.Create();
        var holder = item as IAdditionalDataHolder;
        if (holder is not null)
        {
            holder.AdditionalData ??= new Dictionary<string, object>();
        }

        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = plan.Find(ref reader, ref next);
            if (field is null)
            {
                var name = holder is null ? null : reader.GetString()!;
                reader.Read();
                KeepUnknown(ref reader, holder, name);
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.Null)
            {
                field.Read(ref reader, item, holder);
            }
        }

        return item;
    }

    private static void KeepUnknown(ref Utf8JsonReader reader, IAdditionalDataHolder? holder, string? name)
    {
        if (holder is null || name is null)
        {
            reader.Skip();
            return;
        }

        var value = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => RawValue(ref reader),
        };
        if (value is not null && !holder.AdditionalData.ContainsKey(name))
        {
            holder.AdditionalData[name] = value;
        }
    }

    /// <summary>Numbers, arrays and objects: exactly the raw value the lenient node keeps.</summary>
    private static object? RawValue(ref Utf8JsonReader reader)
    {
        // Not a pooled document: an UntypedArray reads its element lazily, later.
        return new LenientJsonParseNode(JsonElement.ParseValue(ref reader)).RawValue();
    }
}
