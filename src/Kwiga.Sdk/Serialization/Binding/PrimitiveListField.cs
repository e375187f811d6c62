using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>A list of primitives; items the fast read does not take send the whole array to the lenient node.</summary>
internal sealed class PrimitiveListField<TModel, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string name, Action<TModel, List<T>?> set, FastRead<T>? fastItem) : FieldBinder(name)
{
    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        if (reader.TokenType != JsonTokenType.StartArray || fastItem is null)
        {
            ReadLeniently(ref reader, model, holder);
            return;
        }

        var start = reader;
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && default(T) is null)
            {
                // The lenient node keeps a null item as null (string?, int?).
                items.Add(default!);
            }
            else if (fastItem(ref reader, out var item))
            {
                items.Add(item);
            }
            else
            {
                reader = start;
                ReadLeniently(ref reader, model, holder);
                return;
            }
        }

        set((TModel)model, items);
    }

    protected override void Assign(object model, LenientJsonParseNode node) =>
        set((TModel)model, node.GetCollectionOfPrimitiveValues<T>()?.AsList());
}
