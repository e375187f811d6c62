using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>A field holding another model, bound through that model's plan when it has one.</summary>
internal sealed class ObjectField<TModel, T>(string name, Action<TModel, T> set, ParsableFactory<T> factory) : FieldBinder(name)
    where T : IParsable
{
    private readonly LazyModelPlan<T> _plan = new(factory);

    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        if (reader.TokenType == JsonTokenType.StartObject && _plan.Value is { } plan)
        {
            set((TModel)model, (T)ModelBinder.BindObject(ref reader, plan));
            return;
        }

        // PHP's [] for an empty object, a scalar where an object was documented, untyped values.
        ReadLeniently(ref reader, model, holder);
    }

    protected override void Assign(object model, LenientJsonParseNode node) => set((TModel)model, node.GetObjectValue(factory));
}
