using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace Kwiga.Sdk.Serialization;

/// <summary>Kiota's JSON context, told to read numbers sent as strings (<c>"147"</c>, <c>"10.00"</c>).</summary>
internal static class LenientSerializationContext
{
    public static KiotaJsonSerializationContext Default { get; } = new(new JsonSerializerOptions
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    });
}
