using System.Text.Json;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>A list of models. Any item that is neither an object nor null sends the whole array to the lenient node (which keeps it raw).</summary>
internal sealed class ObjectListField<TModel, T>(string name, Action<TModel, List<T>?> set, ParsableFactory<T> factory) : FieldBinder(name)
    where T : IParsable
{
    private readonly LazyModelPlan<T> _plan = new(factory);

    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        if (reader.TokenType != JsonTokenType.StartArray || _plan.Value is not { } plan)
        {
            ReadLeniently(ref reader, model, holder);
            return;
        }

        var start = reader;
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                items.Add((T)ModelBinder.BindObject(ref reader, plan));
            }
            else if (reader.TokenType == JsonTokenType.Null)
            {
                items.Add(default!);
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
        set((TModel)model, node.GetCollectionOfObjectValues(factory)?.AsList());
}
