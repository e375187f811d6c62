using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>A list of enum values: rare enough to be read by the lenient node every time.</summary>
internal sealed class EnumListField<TModel, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string name, Action<TModel, List<TEnum?>?> set) : FieldBinder(name)
    where TEnum : struct, Enum
{
    public override void Read(ref Utf8JsonReader reader, object model, IAdditionalDataHolder? holder) =>
        ReadLeniently(ref reader, model, holder);

    protected override void Assign(object model, LenientJsonParseNode node) =>
        set((TModel)model, node.GetCollectionOfEnumValues<TEnum>()?.AsList());
}
