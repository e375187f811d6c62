using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>readOnly</c>/<c>writeOnly</c>. A property that became read-only may no longer be sent (input), one
/// that became write-only is no longer received (output). The flag on the other side restricts nothing.
/// </summary>
public static class AccessModeDiff
{
    /// <summary>Reports an access-mode change at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (b.ReadOnly == h.ReadOnly && b.WriteOnly == h.WriteOnly)
        {
            return;
        }

        var detail = $"readOnly/writeOnly {Show(b)} → {Show(h)}";
        if (site.Scope.IsInput() && !b.ReadOnly && h.ReadOnly)
        {
            ctx.Add("request-property-became-read-only", site.Location, detail);
        }
        else if (!site.Scope.IsInput() && !b.WriteOnly && h.WriteOnly)
        {
            ctx.Add("response-property-became-write-only", site.Location, detail);
        }
        else
        {
            ctx.Add("access-mode-changed", site.Location, detail);
        }
    }

    private static string Show(IOpenApiSchema schema) =>
        $"{schema.ReadOnly.ToString().ToLowerInvariant()}/{schema.WriteOnly.ToString().ToLowerInvariant()}";
}
