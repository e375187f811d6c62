using Kwiga.Generator.Contracts;
using Kwiga.Generator.Diff.Rules;

namespace Kwiga.Generator.Diff;

/// <summary>Compares two versions of a contract and classifies every change.</summary>
public static class ContractDiffer
{
    /// <summary>All changes, most severe first, then by location and kind.</summary>
    public static IReadOnlyList<Change> Diff(ContractDocument baseContract, ContractDocument headContract)
    {
        var ctx = new DiffContext(baseContract, headContract);
        ComponentSchemasDiff.DetectRenames(ctx);
        SecuritySchemesDiff.Compare(ctx);
        SecurityRequirementsDiff.CompareDocument(ctx);
        ServersDiff.CompareDocument(ctx);
        CompareDocumentLevel(ctx);
        OperationsDiff.Compare(ctx);
        ComponentSchemasDiff.Compare(ctx);
        return ctx.Changes
            .OrderByDescending(c => c.Class)
            .ThenBy(c => c.Location, StringComparer.Ordinal)
            .ThenBy(c => c.Kind.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Detail, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The document's own prose and extensions (info, externalDocs, x-... on the root and on components).</summary>
    private static void CompareDocumentLevel(DiffContext ctx)
    {
        var (b, h) = (ctx.Base.Model, ctx.Head.Model);
        DocumentationDiff.CompareText(ctx, "info", "info", OpenApiText.Of(b.Info), OpenApiText.Of(h.Info));
        DocumentationDiff.CompareText(ctx, "document", "externalDocs", OpenApiText.Of(b.ExternalDocs), OpenApiText.Of(h.ExternalDocs));
        ExtensionsDiff.Compare(ctx, "document", b.Extensions, h.Extensions);
        ExtensionsDiff.Compare(ctx, "components", b.Components?.Extensions, h.Components?.Extensions);
    }
}
