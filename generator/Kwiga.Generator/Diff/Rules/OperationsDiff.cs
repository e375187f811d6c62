using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Operations matched by method and path shape (placeholder names erased), so a renamed path parameter
/// is seen as the same endpoint. A changed path or method is a removal plus an addition.
/// </summary>
public static class OperationsDiff
{
    /// <summary>Reports added, removed and changed operations.</summary>
    public static void Compare(DiffContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var baseOps = ByShape(ctx.Base);
        var headOps = ByShape(ctx.Head);

        foreach (var (key, removed) in baseOps.Where(o => !headOps.ContainsKey(o.Key)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var movedTo = headOps.Values.FirstOrDefault(h => !baseOps.ContainsKey(h.ShapeKey)
                && h.Operation.OperationId is not null && h.Operation.OperationId == removed.Operation.OperationId);
            var detail = movedTo is null
                ? $"operation {removed.Operation.OperationId ?? removed.Display} removed"
                : $"operation {removed.Operation.OperationId} moved to {movedTo.Display} (a different URL or method is a new endpoint)";
            ctx.Add("operation-removed", removed.Display, detail);
        }

        foreach (var added in headOps.Where(o => !baseOps.ContainsKey(o.Key)).Select(o => o.Value).OrderBy(o => o.ShapeKey, StringComparer.Ordinal))
        {
            ctx.Add("operation-added", added.Display, $"operation {added.Operation.OperationId ?? added.Display} added");
        }

        foreach (var (key, b) in baseOps.Where(o => headOps.ContainsKey(o.Key)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            CompareOperation(ctx, b, headOps[key]);
        }
    }

    /// <summary>
    /// Operations by method + path shape. Two paths of one shape (<c>/a/{x}</c> and <c>/a/{y}</c>) are the
    /// same URL to a server; the first wins here (Redocly reports the ambiguity).
    /// </summary>
    private static Dictionary<string, ContractOperation> ByShape(ContractDocument contract) =>
        ContractOperation.All(contract.Model)
            .GroupBy(o => o.ShapeKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static void CompareOperation(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        var location = h.Display;
        if (b.Path != h.Path)
        {
            ReportPathParameterRenames(ctx, b.Path, h.Path);
        }

        if (b.Operation.OperationId != h.Operation.OperationId)
        {
            ctx.Add("operation-id-changed", location, $"operationId '{b.Operation.OperationId}' → '{h.Operation.OperationId}'");
        }

        var baseTags = string.Join(",", (b.Operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).Order(StringComparer.Ordinal));
        var headTags = string.Join(",", (h.Operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).Order(StringComparer.Ordinal));
        if (baseTags != headTags)
        {
            ctx.Add("tags-changed", location, $"tags [{baseTags}] → [{headTags}]");
        }

        DeprecationDiff.Compare(ctx, b.Operation.Deprecated, h.Operation.Deprecated, location, "operation-deprecated");
        DocumentationDiff.CompareText(ctx, location, "summary", b.Operation.Summary, h.Operation.Summary);
        DocumentationDiff.CompareText(ctx, location, "description", b.Operation.Description, h.Operation.Description);
        DocumentationDiff.CompareText(ctx, location, "externalDocs", OpenApiText.Of(b.Operation.ExternalDocs), OpenApiText.Of(h.Operation.ExternalDocs));
        ExtensionsDiff.Compare(ctx, location, b.Operation.Extensions, h.Operation.Extensions);
        SecurityRequirementsDiff.CompareOperation(ctx, b, h);
        ServersDiff.CompareOperation(ctx, b, h);
        ComparePathItem(ctx, b.PathItem, h.PathItem, h.Path);
        ParametersDiff.Compare(ctx, b, h);
        RequestBodyDiff.Compare(ctx, b, h);
        ResponsesDiff.Compare(ctx, b, h);
    }

    /// <summary>Summary, description and extensions of the path item, reported once at the path.</summary>
    private static void ComparePathItem(DiffContext ctx, IOpenApiPathItem? b, IOpenApiPathItem? h, string path)
    {
        DocumentationDiff.CompareText(ctx, path, "path summary", b?.Summary, h?.Summary);
        DocumentationDiff.CompareText(ctx, path, "path description", b?.Description, h?.Description);
        ExtensionsDiff.Compare(ctx, path, b?.Extensions, h?.Extensions);
    }

    private static void ReportPathParameterRenames(DiffContext ctx, string basePath, string headPath)
    {
        var was = PathTemplate.ParameterNames(basePath);
        var now = PathTemplate.ParameterNames(headPath);
        for (var i = 0; i < Math.Min(was.Count, now.Count); i++)
        {
            if (was[i] != now[i])
            {
                ctx.Add("path-parameter-renamed", headPath,
                    $"{{{was[i]}}} → {{{now[i]}}} (was {basePath}): Kiota's {KiotaNaming.ItemRequestBuilderName(was[i])} becomes {KiotaNaming.ItemRequestBuilderName(now[i])}; the URL is unchanged");
            }
        }
    }
}
