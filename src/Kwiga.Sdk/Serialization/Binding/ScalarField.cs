using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>Reads one JSON token into a value when that is certain to give what the lenient node gives.</summary>
internal delegate bool FastRead<T>(ref Utf8JsonReader reader, out T value);

/// <summary>A field read by one of the node's typed getters (string, numbers, dates, untyped, …).</summary>
internal sealed class ScalarField<TModel, TValue>(string name, Action<TModel, TValue> set, Func<IParseNode, TValue> read, FastRead<TValue>? fast)
    : FieldBinder(name)
{
    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        if (fast is not null && fast(ref reader, out var value))
        {
            set((TModel)model, value);
            return;
        }

        ReadLeniently(ref reader, model, holder);
    }

    protected override void Assign(object model, LenientJsonParseNode node) => set((TModel)model, read(node));
}
