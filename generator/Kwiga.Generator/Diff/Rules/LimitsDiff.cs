using System.Globalization;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Bounds (maximum, minimum, maxLength, minLength, maxItems, minItems, pattern). On input a narrower bound
/// rejects requests that used to pass; a wider one is harmless. On output Kiota does not validate, so any
/// change is non-breaking. A lowered maximum on a page-size parameter gets its own kind.
/// </summary>
public static class LimitsDiff
{
    private static readonly HashSet<string> PageSizeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "per_page", "perPage", "page_size", "pageSize", "limit",
    };

    /// <summary>Reports bound changes at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        CompareBound(ctx, site, "maximum", Parse(b.Maximum), Parse(h.Maximum), upper: true);
        CompareBound(ctx, site, "minimum", Parse(b.Minimum), Parse(h.Minimum), upper: false);
        CompareBound(ctx, site, "maxLength", b.MaxLength, h.MaxLength, upper: true);
        CompareBound(ctx, site, "minLength", b.MinLength, h.MinLength, upper: false);
        CompareBound(ctx, site, "maxItems", b.MaxItems, h.MaxItems, upper: true);
        CompareBound(ctx, site, "minItems", b.MinItems, h.MinItems, upper: false);
        if ((b.Pattern ?? string.Empty) != (h.Pattern ?? string.Empty))
        {
            // A different regular expression cannot be proven wider, so input treats it as narrower.
            Report(ctx, site, "pattern", narrowed: h.Pattern is not null, $"pattern '{b.Pattern}' → '{h.Pattern}'");
        }
    }

    private static void CompareBound(DiffContext ctx, SchemaSite site, string keyword, decimal? was, decimal? now, bool upper)
    {
        if (was == now)
        {
            return;
        }

        bool narrowed = (was, now) switch
        {
            (null, not null) => true,
            (not null, null) => false,
            _ => upper ? now < was : now > was,
        };
        Report(ctx, site, keyword, narrowed, $"{keyword} {Show(was)} → {Show(now)}");
    }

    private static void Report(DiffContext ctx, SchemaSite site, string keyword, bool narrowed, string detail)
    {
        if (!site.Scope.IsInput())
        {
            ctx.Add("response-property-limit-changed", site.Location, detail);
            return;
        }

        var direction = narrowed ? "narrowed" : "widened";
        var pageSize = keyword == "maximum" && site.ParameterName is not null && PageSizeNames.Contains(site.ParameterName);
        var kind = pageSize ? $"page-size-maximum-{direction}" : site.Kind($"limit-{direction}");
        ctx.Add(kind, site.Location, detail);
    }

    private static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Show(decimal? value) =>
        value?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}
