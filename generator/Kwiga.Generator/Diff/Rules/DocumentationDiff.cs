using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Description, summary and example changes: always non-breaking, reported so reviewers see them.</summary>
public static class DocumentationDiff
{
    /// <summary>Compares a schema's description, title and examples.</summary>
    public static void CompareSchema(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, string location)
    {
        CompareText(ctx, location, "description", b.Description, h.Description);
        CompareText(ctx, location, "title", b.Title, h.Title);
        CompareText(ctx, location, "externalDocs", OpenApiText.Of(b.ExternalDocs), OpenApiText.Of(h.ExternalDocs));
#pragma warning disable CS0618 // 3.0 documents carry the singular 'example'
        CompareExample(ctx, location, b.Example, h.Example);
#pragma warning restore CS0618
        CompareExample(ctx, location, Array(b.Examples), Array(h.Examples));
    }

    /// <summary>Compares named examples (of a parameter or header).</summary>
    public static void CompareExamples(DiffContext ctx, string location, IDictionary<string, IOpenApiExample>? was, IDictionary<string, IOpenApiExample>? now)
    {
        if (Render(was) != Render(now))
        {
            ctx.Add("example-changed", location, "examples changed");
        }
    }

    /// <summary>Reports a changed piece of prose (description, summary).</summary>
    public static void CompareText(DiffContext ctx, string location, string what, string? was, string? now)
    {
        if (Normalise(was) != Normalise(now))
        {
            ctx.Add("description-changed", location, $"{what} changed");
        }
    }

    /// <summary>Reports a changed example value.</summary>
    public static void CompareExample(DiffContext ctx, string location, JsonNode? was, JsonNode? now)
    {
        if (!JsonNode.DeepEquals(was, now))
        {
            ctx.Add("example-changed", location, "example changed");
        }
    }

    /// <summary>Compares the <c>example</c>/<c>examples</c> of two media types.</summary>
    public static void CompareMediaExamples(DiffContext ctx, string location, IOpenApiMediaType b, IOpenApiMediaType h)
    {
        var changed = !JsonNode.DeepEquals(b.Example, h.Example) || Render(b.Examples) != Render(h.Examples);
        if (changed)
        {
            ctx.Add("example-changed", location, "media type example changed");
        }
    }

    private static JsonArray? Array(IList<JsonNode>? values) =>
        values is null ? null : new JsonArray(values.Select(v => v?.DeepClone()).ToArray());

    private static string Render(IDictionary<string, IOpenApiExample>? examples) =>
        string.Join("\n", (examples ?? new Dictionary<string, IOpenApiExample>())
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key}={e.Value.Summary}|{e.Value.Value?.ToJsonString()}"));

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
