using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// JSON Schema validation keywords with no rule of their own (<c>not</c>, <c>if/then/else</c>, <c>contains</c>,
/// <c>propertyNames</c>, <c>patternProperties</c>, <c>dependentRequired</c>, <c>dependentSchemas</c>,
/// <c>unevaluatedProperties</c>, <c>contentSchema</c>), compared as written. Whether a changed sub-schema
/// accepts more or less cannot be decided in general, so on input a keyword added or changed counts as
/// narrowed and one removed as widened. <c>contentEncoding</c>/<c>contentMediaType</c> change how a string
/// is encoded, like a format.
/// </summary>
public static class ConstraintKeywordsDiff
{
    /// <summary>Reports changed keywords at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (b is not OpenApiSchema was || h is not OpenApiSchema now)
        {
            return;
        }

        foreach (var (keyword, read) in Keywords)
        {
            var before = read(was);
            var after = read(now);
            if (before != after)
            {
                var detail = $"{keyword} {(before.Length == 0 ? "added" : after.Length == 0 ? "removed" : "changed")}";
                LimitsDiff.Report(ctx, site, keyword, narrowed: after.Length > 0, detail);
            }
        }

        CompareEncoding(ctx, site, "contentEncoding", was.ContentEncoding, now.ContentEncoding);
        CompareEncoding(ctx, site, "contentMediaType", was.ContentMediaType, now.ContentMediaType);
    }

    private static readonly (string Keyword, Func<OpenApiSchema, string> Read)[] Keywords =
    [
        ("not", s => OpenApiText.Of(s.Not)),
        ("if", s => OpenApiText.Of(s.If)),
        ("then", s => OpenApiText.Of(s.Then)),
        ("else", s => OpenApiText.Of(s.Else)),
        ("contains", s => OpenApiText.Of(s.Contains)),
        ("propertyNames", s => OpenApiText.Of(s.PropertyNames)),
        ("contentSchema", s => OpenApiText.Of(s.ContentSchema)),
        ("patternProperties", s => OpenApiText.Of(s.PatternProperties)),
        ("dependentSchemas", s => OpenApiText.Of(s.DependentSchemas)),
        ("dependentRequired", s => string.Join(";", (s.DependentRequired ?? new Dictionary<string, HashSet<string>>())
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key}={string.Join(",", e.Value.Order(StringComparer.Ordinal))}"))),
        ("unevaluatedProperties", s => s.UnevaluatedPropertiesSchema is { } schema
            ? OpenApiText.Of(schema)
            : s.UnevaluatedProperties ? string.Empty : "false"),
    ];

    private static void CompareEncoding(DiffContext ctx, SchemaSite site, string keyword, string? was, string? now)
    {
        if ((was ?? string.Empty) != (now ?? string.Empty))
        {
            ctx.Add(site.Kind("format-changed"), site.Location,
                $"{keyword} '{was ?? "(none)"}' → '{now ?? "(none)"}': the string's content is encoded differently", ChangeClass.WireBreaking);
        }
    }
}
