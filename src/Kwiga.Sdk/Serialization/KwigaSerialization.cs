using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Form;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Multipart;
using Microsoft.Kiota.Serialization.Text;

namespace Kwiga.Sdk.Serialization;

/// <summary>
/// The SDK's own serialization registries. Kiota's generated client registers its defaults in
/// process-wide static registries; a KWIGA client uses these instead, so its lenient JSON reading
/// never leaks into (or depends on) another Kiota client in the same process.
/// </summary>
internal static class KwigaSerialization
{
    /// <summary>
    /// Readers: JSON (the lenient node's rules, bound straight into the generated models; see
    /// <see cref="LenientJsonParseNode"/>), text, form.
    /// </summary>
    public static ParseNodeFactoryRegistry CreateParseNodeFactories()
    {
        var registry = new ParseNodeFactoryRegistry();
        registry.ContentTypeAssociatedFactories["application/json"] = new KwigaJsonParseNodeFactory();
        registry.ContentTypeAssociatedFactories["text/plain"] = new TextParseNodeFactory();
        registry.ContentTypeAssociatedFactories["application/x-www-form-urlencoded"] = new FormParseNodeFactory();
        return registry;
    }

    /// <summary>Writers: JSON, text, form, multipart.</summary>
    public static SerializationWriterFactoryRegistry CreateSerializationWriterFactories()
    {
        var registry = new SerializationWriterFactoryRegistry();
        registry.ContentTypeAssociatedFactories["application/json"] = new JsonSerializationWriterFactory();
        registry.ContentTypeAssociatedFactories["text/plain"] = new TextSerializationWriterFactory();
        registry.ContentTypeAssociatedFactories["application/x-www-form-urlencoded"] = new FormSerializationWriterFactory();
        registry.ContentTypeAssociatedFactories["multipart/form-data"] = new MultipartSerializationWriterFactory();
        return registry;
    }
}
