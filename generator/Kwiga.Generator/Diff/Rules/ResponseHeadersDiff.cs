using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Response headers (the SDK's rate limiter reads <c>X-RateLimit-*</c> and <c>Retry-After</c>): presence,
/// required flag, how the value is written, and its schema as output. Header names compare case-insensitively,
/// as HTTP does.
/// </summary>
public static class ResponseHeadersDiff
{
    /// <summary>Reports header changes of one response.</summary>
    public static void Compare(DiffContext ctx, IDictionary<string, IOpenApiHeader>? b, IDictionary<string, IOpenApiHeader>? h, string responseLocation)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = ByName(b);
        var now = ByName(h);
        foreach (var (name, header) in was.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var location = $"{responseLocation} header:{name}";
            if (!now.TryGetValue(name, out var headHeader))
            {
                ctx.Add("response-header-removed", location, $"header {name} removed");
                continue;
            }

            CompareHeader(ctx, header, headHeader, location);
        }

        foreach (var name in now.Keys.Except(was.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            ctx.Add("response-header-added", $"{responseLocation} header:{name}", $"header {name} added");
        }
    }

    private static void CompareHeader(DiffContext ctx, IOpenApiHeader b, IOpenApiHeader h, string location)
    {
        if (b.Required != h.Required)
        {
            ctx.Add(h.Required ? "response-header-became-required" : "response-header-became-optional", location,
                h.Required ? "optional → required" : "required → optional");
        }

        var wasForm = Serialization(b);
        var nowForm = Serialization(h);
        if (wasForm != nowForm)
        {
            ctx.Add("response-header-serialization-changed", location, $"{wasForm} → {nowForm}");
        }

        SchemaDiff.Compare(ctx, b.Schema, h.Schema, new SchemaSite(location, SchemaScope.Response));
        if (b.Content is { Count: > 0 } && h.Content is { Count: > 0 })
        {
            MediaTypes.Compare(ctx, b.Content, h.Content, location, SchemaScope.Response, "response-content-type");
        }

        DeprecationDiff.Compare(ctx, b.Deprecated, h.Deprecated, location, "response-property-deprecated");
        ExtensionsDiff.Compare(ctx, location, b.Extensions, h.Extensions);
        DocumentationDiff.CompareText(ctx, location, "description", b.Description, h.Description);
        DocumentationDiff.CompareExample(ctx, location, b.Example, h.Example);
        DocumentationDiff.CompareExamples(ctx, location, b.Examples, h.Examples);
    }

    private static string Serialization(IOpenApiHeader header) =>
        header.Content is { Count: > 0 }
            ? "content"
            : $"style/explode/allowReserved/allowEmptyValue {header.Style}/{header.Explode}/{header.AllowReserved}/{header.AllowEmptyValue}";

    private static Dictionary<string, IOpenApiHeader> ByName(IDictionary<string, IOpenApiHeader>? headers) =>
        (headers ?? new Dictionary<string, IOpenApiHeader>())
            .GroupBy(e => e.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.First().Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
}
