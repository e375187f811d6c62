using System.Text.Json;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>A list of models. Any item that is neither an object nor null sends the whole array to the lenient node (which keeps it raw).</summary>
internal sealed class ObjectListField<TModel, T>(string name, Action<TModel, List<T>?> set, ParsableFactory<T> factory) : FieldBinder(name)
    where T : IParsable
{
    // Resolved on first use (types can nest themselves); a race only costs a second lookup.
    private ModelPlan? _plan;
    private bool _planResolved;

    private ModelPlan? Plan
    {
        get
        {
            if (!_planResolved)
            {
                _plan = ModelPlan.For(factory);
                _planResolved = true;
            }

            return _plan;
        }
    }

    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        if (reader.TokenType != JsonTokenType.StartArray || Plan is not { } plan)
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
