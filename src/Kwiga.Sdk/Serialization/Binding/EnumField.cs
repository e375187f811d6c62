using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// An enum field. Wire strings the lenient node has already converted are remembered (as UTF-8) with
/// their value, so later reads compare bytes instead of reflecting on the enum's members again.
/// </summary>
internal sealed class EnumField<TModel, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string name, Action<TModel, TEnum?> set) : FieldBinder(name)
    where TEnum : struct, Enum
{
    // A few distinct spellings per enum at most; capped so odd input cannot grow it without bound.
    private const int MaxRemembered = 32;
    private KeyValuePair<byte[], TEnum>[] _known = [];

    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            foreach (var known in _known)
            {
                if (reader.ValueSpan.SequenceEqual(known.Key))
                {
                    set((TModel)model, known.Value);
                    return;
                }
            }

            var wire = reader.ValueSpan.ToArray();
            ReadLeniently(ref reader, model, holder, wire);
            return;
        }

        ReadLeniently(ref reader, model, holder);
    }

    protected override void Assign(object model, LenientJsonParseNode node) => set((TModel)model, node.GetEnumValue<TEnum>());

    private void ReadLeniently(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder, byte[] wire)
    {
        // Not a pooled document: untyped values (UntypedArray) read their element lazily, later.
        var node = new LenientJsonParseNode(JsonElement.ParseValue(ref reader));
        var value = node.GetEnumValue<TEnum>();
        set((TModel)model, value);
        if (node.Mismatched)
        {
            if (holder is not null)
            {
                holder.AdditionalData[Name] = node.RawValue()!;
            }
        }
        else if (value is { } converted && _known.Length < MaxRemembered)
        {
            _known = [.. _known, new KeyValuePair<byte[], TEnum>(wire, converted)];
        }
    }
}
