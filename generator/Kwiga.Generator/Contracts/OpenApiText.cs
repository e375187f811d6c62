using System.Globalization;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Contracts;

/// <summary>
/// Canonical JSON text of an OpenAPI element as Microsoft.OpenApi writes it (3.1 form), for comparing parts
/// that have no dedicated rule (an encoding, a discriminator, a JSON Schema keyword's sub-schema).
/// </summary>
public static class OpenApiText
{
    /// <summary>The element's JSON text; empty for null.</summary>
    public static string Of(IOpenApiSerializable? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        element.SerializeAsV31(new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true }));
        return text.ToString();
    }

    /// <summary>The text of a map of elements, keys in ordinal order.</summary>
    public static string Of<T>(IDictionary<string, T>? elements)
        where T : IOpenApiSerializable =>
        string.Join("\n", (elements ?? new Dictionary<string, T>())
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key}={Of(e.Value)}"));
}
