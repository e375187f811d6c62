using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization;

/// <summary>Writes a model that arrived as a bare value back as that value (the generated parents call this).</summary>
internal static class BareValues
{
    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/>: its bare value when it has one, else the object.</summary>
    public static void Write<T>(ISerializationWriter writer, string key, T? value)
        where T : IParsable
    {
        if (value is IBareValue { BareValue: { } bare })
        {
            writer.WriteStringValue(key, bare);
            return;
        }

        writer.WriteObjectValue(key, value);
    }
}
