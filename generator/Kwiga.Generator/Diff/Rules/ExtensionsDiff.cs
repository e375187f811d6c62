using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Vendor extensions (<c>x-...</c>) and keywords the reader did not recognise. <c>x-kwiga-sdk-type</c> and
/// the values of <c>x-ms-enum</c> have their own rules (<see cref="CompositionDiff"/>, <see cref="EnumDiff"/>);
/// the SDK view's <c>x-kwiga-sdk-format</c> and <c>x-kwiga-sdk-name</c> change the generated C# (a property's
/// type, a class's name) and every other <c>x-ms-*</c> is read by Kiota, so those are SDK-breaking; the
/// rest is non-breaking.
/// </summary>
public static class ExtensionsDiff
{
    private const string MsEnum = "x-ms-enum";

    /// <summary>The SDK view's own extensions: each changes the C# the SDK is generated as, never the wire.</summary>
    private static readonly Dictionary<string, string> SdkViewKinds = new(StringComparer.Ordinal)
    {
        ["x-kwiga-sdk-format"] = "sdk-format-changed",
        ["x-kwiga-sdk-name"] = "sdk-name-changed",
    };

    /// <summary>Reports changed extensions of any element.</summary>
    public static void Compare(DiffContext ctx, string location, IDictionary<string, IOpenApiExtension>? b, IDictionary<string, IOpenApiExtension>? h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = Nodes(b);
        var now = Nodes(h);
        foreach (var name in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            if (name == CompositionDiff.SdkTypeExtension)
            {
                continue;
            }

            var before = Comparable(name, was.GetValueOrDefault(name));
            var after = Comparable(name, now.GetValueOrDefault(name));
            if (!JsonNode.DeepEquals(before, after))
            {
                var kind = SdkViewKinds.TryGetValue(name, out var sdkKind) ? sdkKind
                    : name.StartsWith("x-ms-", StringComparison.Ordinal) ? "kiota-extension-changed"
                    : "extension-changed";
                ctx.Add(kind, location, $"{name} {Describe(before, after)}");
            }
        }
    }

    /// <summary>Reports keywords the reader kept as unrecognised (a typo, or a keyword newer than the reader).</summary>
    public static void CompareUnknownKeywords(DiffContext ctx, string location, IOpenApiSchema b, IOpenApiSchema h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = b.UnrecognizedKeywords ?? new Dictionary<string, JsonNode>();
        var now = h.UnrecognizedKeywords ?? new Dictionary<string, JsonNode>();
        foreach (var name in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var before = was.TryGetValue(name, out var old) ? old : null;
            var after = now.TryGetValue(name, out var current) ? current : null;
            if (!JsonNode.DeepEquals(before, after))
            {
                ctx.Add("unknown-keyword-changed", location, $"keyword '{name}' {Describe(before, after)}");
            }
        }
    }

    private static Dictionary<string, JsonNode?> Nodes(IDictionary<string, IOpenApiExtension>? extensions) =>
        (extensions ?? new Dictionary<string, IOpenApiExtension>()).ToDictionary(
            e => e.Key,
            e => e.Value is JsonNodeExtension json ? json.Node : JsonValue.Create(e.Value?.GetType().Name),
            StringComparer.Ordinal);

    /// <summary>x-ms-enum's values are compared as enum member names; the rest of it (name, modelAsString) here.</summary>
    private static JsonNode? Comparable(string name, JsonNode? node)
    {
        if (name != MsEnum || node is not JsonObject obj)
        {
            return node;
        }

        var copy = (JsonObject)obj.DeepClone();
        copy.Remove("values");
        return copy.Count == 0 ? null : copy;
    }

    private static string Describe(JsonNode? before, JsonNode? after) => (before, after) switch
    {
        (null, _) => $"added: {Short(after)}",
        (_, null) => "removed",
        _ => $"changed: {Short(before)} → {Short(after)}",
    };

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
