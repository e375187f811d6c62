using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Kwiga.Sdk.Serialization;

namespace Kwiga.Sdk.Tests.Serialization.Binding;

/// <summary>Reads a JSON body through the SDK's registered JSON reader and through the lenient node, and writes models back.</summary>
internal static class BinderReads
{
    /// <summary>The reader the generated client uses for application/json.</summary>
    public static IParseNodeFactory Sdk => KwigaSerialization.CreateParseNodeFactories().ContentTypeAssociatedFactories["application/json"];

    public static IParseNodeFactory Lenient { get; } = new LenientJsonParseNodeFactory();

    public static async Task<IParseNode> RootAsync(IParseNodeFactory factory, string json)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await factory.GetRootParseNodeAsync("application/json", body);
    }

    public static async Task<T> ReadAsync<T>(IParseNodeFactory factory, string json, ParsableFactory<T> model) where T : IParsable =>
        (await RootAsync(factory, json)).GetObjectValue(model);

    /// <summary>The model as the SDK's serializer writes it (properties, then AdditionalData in insertion order).</summary>
    public static string Written(IParsable? model)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var stream = writer.GetSerializedContent();
        using var text = new StreamReader(stream);
        return text.ReadToEnd();
    }
}
