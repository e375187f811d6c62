using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// Reads one known field of a model from a <see cref="Utf8JsonReader"/> positioned on its (non-null)
/// value and leaves the reader on the value's last token. Whatever a binder cannot read on its fast
/// path goes through <see cref="LenientJsonParseNode"/> for that one value, so the rules (conversions,
/// raw values in AdditionalData) are the lenient node's by construction.
/// </summary>
internal abstract class FieldBinder(string name)
{
    /// <summary>The field's wire name (the key of the model's field deserializers).</summary>
    public string Name { get; } = name;

    /// <summary>The wire name as UTF-8, to match property names without allocating strings.</summary>
    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    public abstract void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder);

    /// <summary>Assigns the value of <paramref name="node"/> as the generated deserializer would.</summary>
    protected abstract void Assign(object model, LenientJsonParseNode node);

    /// <summary>The lenient node's path for this value: identical behaviour, at the price of a small document.</summary>
    protected void ReadLeniently(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        // Not a pooled document: untyped values (UntypedArray) read their element lazily, later.
        var node = new LenientJsonParseNode(JsonElement.ParseValue(ref reader));
        Assign(model, node);
        if (node.Mismatched && holder is not null)
        {
            holder.AdditionalData[Name] = node.RawValue()!;
        }
    }
}
