using System.Globalization;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Bounds (maximum, minimum and their exclusive forms, maxLength, minLength, maxItems, minItems,
/// maxProperties, minProperties, maxContains, minContains, multipleOf, uniqueItems, pattern,
/// additionalProperties: false). On input a narrower bound rejects requests that used to pass; a wider one
/// is harmless. On output Kiota does not validate, so any change is non-breaking. A lowered maximum on a
/// page-size parameter gets its own kind. The 3.0 reader turns <c>maximum: 100, exclusiveMaximum: true</c>
/// into the 3.1 form (<c>exclusiveMaximum: 100</c>), so a numeric bound is compared as one limit, inclusive or
/// exclusive: <c>≤100</c> → <c>&lt;100</c> is one narrowing, not a removed maximum plus a new one.
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
        CompareNumericBound(ctx, site, "maximum", Bound.Upper(b), Bound.Upper(h), upper: true);
        CompareNumericBound(ctx, site, "minimum", Bound.Lower(b), Bound.Lower(h), upper: false);
        CompareBound(ctx, site, "maxLength", b.MaxLength, h.MaxLength, upper: true);
        CompareBound(ctx, site, "minLength", b.MinLength, h.MinLength, upper: false);
        CompareBound(ctx, site, "maxItems", b.MaxItems, h.MaxItems, upper: true);
        CompareBound(ctx, site, "minItems", b.MinItems, h.MinItems, upper: false);
        CompareBound(ctx, site, "maxProperties", b.MaxProperties, h.MaxProperties, upper: true);
        CompareBound(ctx, site, "minProperties", b.MinProperties, h.MinProperties, upper: false);
        if (b is OpenApiSchema bs && h is OpenApiSchema hs)
        {
            CompareBound(ctx, site, "maxContains", bs.MaxContains, hs.MaxContains, upper: true);
            CompareBound(ctx, site, "minContains", bs.MinContains, hs.MinContains, upper: false);
        }

        CompareMultipleOf(ctx, site, b.MultipleOf, h.MultipleOf);
        CompareFlag(ctx, site, "uniqueItems", b.UniqueItems == true, h.UniqueItems == true, narrowedWhenSet: true);
        CompareFlag(ctx, site, "additionalProperties", b.AdditionalPropertiesAllowed, h.AdditionalPropertiesAllowed, narrowedWhenSet: false);
        if ((b.Pattern ?? string.Empty) != (h.Pattern ?? string.Empty))
        {
            // A different regular expression cannot be proven wider, so input treats it as narrower.
            Report(ctx, site, "pattern", narrowed: h.Pattern is not null, $"pattern '{b.Pattern}' → '{h.Pattern}'");
        }
    }

    private static void CompareMultipleOf(DiffContext ctx, SchemaSite site, decimal? was, decimal? now)
    {
        if (was == now)
        {
            return;
        }

        // Every multiple of the old step is still allowed when the new step divides it.
        var narrowed = now is not null && (was is null || was.Value % now.Value != 0);
        Report(ctx, site, "multipleOf", narrowed, $"multipleOf {Show(was)} → {Show(now)}");
    }

    private static void CompareFlag(DiffContext ctx, SchemaSite site, string keyword, bool was, bool now, bool narrowedWhenSet)
    {
        if (was != now)
        {
            Report(ctx, site, keyword, narrowed: now == narrowedWhenSet, $"{keyword} {was.ToString().ToLowerInvariant()} → {now.ToString().ToLowerInvariant()}");
        }
    }

    private static void CompareNumericBound(DiffContext ctx, SchemaSite site, string keyword, Bound? was, Bound? now, bool upper)
    {
        if (was == now)
        {
            return;
        }

        bool narrowed = (was, now) switch
        {
            (null, not null) => true,
            (not null, null) => false,
            _ => now!.TighterThan(was!, upper),
        };
        Report(ctx, site, keyword, narrowed, $"{keyword} {Bound.Show(was, upper)} → {Bound.Show(now, upper)}");
    }

    private static void CompareBound(DiffContext ctx, SchemaSite site, string keyword, decimal? was, decimal? now, bool upper) =>
        CompareNumericBound(ctx, site, keyword, Bound.Inclusive(was), Bound.Inclusive(now), upper);

    /// <summary>Reports a constraint that narrowed or widened (input), or changed (output).</summary>
    public static void Report(DiffContext ctx, SchemaSite site, string keyword, bool narrowed, string detail)
    {
        if (!site.Scope.IsInput())
        {
            ctx.Add("response-property-limit-changed", site.Location, detail);
            return;
        }

        var direction = narrowed ? "narrowed" : "widened";
        var pageSize = keyword is "maximum" or "exclusiveMaximum" && site.ParameterName is not null && PageSizeNames.Contains(site.ParameterName);
        var kind = pageSize ? $"page-size-maximum-{direction}" : site.Kind($"limit-{direction}");
        ctx.Add(kind, site.Location, detail);
    }

    private static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The tightest numeric limit on one side: a value and whether the value itself is excluded.</summary>
    private sealed record Bound(decimal Value, bool Exclusive)
    {
        public static Bound? Upper(IOpenApiSchema s) => Tightest(Parse(s.Maximum), Parse(s.ExclusiveMaximum), upper: true);

        public static Bound? Lower(IOpenApiSchema s) => Tightest(Parse(s.Minimum), Parse(s.ExclusiveMinimum), upper: false);

        public static Bound? Inclusive(decimal? value) => value is null ? null : new Bound(value.Value, false);

        /// <summary>True when this limit admits less than <paramref name="other"/> (at the same value, exclusive admits less).</summary>
        public bool TighterThan(Bound other, bool upper) =>
            (upper ? Value < other.Value : Value > other.Value) || (Value == other.Value && Exclusive && !other.Exclusive);

        public static string Show(Bound? bound, bool upper) => bound is null
            ? "(none)"
            : $"{(upper ? (bound.Exclusive ? "<" : "≤") : (bound.Exclusive ? ">" : "≥"))}{bound.Value.ToString(CultureInfo.InvariantCulture)}";

        private static Bound? Tightest(decimal? inclusive, decimal? exclusive, bool upper)
        {
            if (exclusive is null)
            {
                return Inclusive(inclusive);
            }

            var exclusiveIsTighter = inclusive is null || (upper ? exclusive <= inclusive : exclusive >= inclusive);
            return exclusiveIsTighter ? new Bound(exclusive.Value, true) : new Bound(inclusive!.Value, false);
        }
    }

    private static string Show(decimal? value) =>
        value?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}
