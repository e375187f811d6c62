using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// The <c>discriminator</c> of a union (property name, mapping, default mapping). It validates nothing, but
/// Kiota builds the C# class of a <c>oneOf</c>/<c>anyOf</c> value from it, so a change is SDK-breaking.
/// </summary>
public static class DiscriminatorDiff
{
    /// <summary>Reports a changed discriminator at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = OpenApiText.Of(b.Discriminator);
        var now = OpenApiText.Of(h.Discriminator);
        if (was != now)
        {
            ctx.Add("discriminator-changed", site.Location,
                $"discriminator {(was.Length == 0 ? "(none)" : was)} → {(now.Length == 0 ? "(none)" : now)}");
        }
    }
}
