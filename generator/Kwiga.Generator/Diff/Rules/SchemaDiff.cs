using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Structural comparison of two schemas at one site. References to the same component (or to a renamed
/// one) stop the walk: components are compared once, by <see cref="ComponentSchemasDiff"/>.
/// </summary>
public static class SchemaDiff
{
    /// <summary>Compares schemas as found at a site (either may be a <c>$ref</c>).</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema? baseSchema, IOpenApiSchema? headSchema, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (baseSchema is null || headSchema is null)
        {
            return;
        }

        var baseRef = SchemaFacts.ModelRefName(baseSchema);
        var headRef = SchemaFacts.ModelRefName(headSchema);
        if (baseRef is not null && headRef is not null && ctx.SameComponent(baseRef, headRef))
        {
            if (SchemaFacts.RefName(baseSchema) is null && SchemaFacts.RefName(headSchema) is null)
            {
                // both wrap the component (allOf: [$ref]); the wrappers carry nullable and description
                NullabilityDiff.Compare(ctx, baseSchema, headSchema, site);
                DocumentationDiff.CompareText(ctx, site.Location, "description", baseSchema.Description, headSchema.Description);
            }

            return;
        }

        var baseTarget = SchemaFacts.Resolve(baseSchema);
        var headTarget = SchemaFacts.Resolve(headSchema);
        if (CompositionDiff.IsUnion(baseTarget) != CompositionDiff.IsUnion(headTarget))
        {
            CompareUnionWithPlain(ctx, baseSchema, headSchema, site);
            return;
        }

        if (baseRef != headRef && baseTarget is not null && headTarget is not null
            && SchemaShape.Of(baseTarget) == SchemaShape.Of(headTarget))
        {
            ReportModelMove(ctx, baseRef, headRef, site);
            return;
        }

        if ((baseRef is not null || headRef is not null)
            && !ctx.Enter($"{baseRef}|{headRef}|{site.Scope}|{site.Location}"))
        {
            return;
        }

        CompareResolved(ctx, baseTarget, headTarget, site);
    }

    /// <summary>
    /// Compares two resolved schemas: type, nullability, format, enum, default, bounds and other constraints,
    /// access mode, deprecation, unions and their discriminator, properties, items, map values, extensions, docs.
    /// The <c>ComparedAttributes</c> table lists every schema attribute and where it is compared.
    /// </summary>
    public static void CompareResolved(DiffContext ctx, IOpenApiSchema? b, IOpenApiSchema? h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (b is null || h is null)
        {
            return;
        }

        // a union's branches carry the types; CompositionDiff compares them
        var eitherUnion = CompositionDiff.IsUnion(b) || CompositionDiff.IsUnion(h);
        if (!eitherUnion && TypeChange.Compare(ctx, b, h, site))
        {
            return;
        }

        NullabilityDiff.Compare(ctx, b, h, site);
        FormatChange.Compare(ctx, b, h, site);
        EnumDiff.Compare(ctx, b, h, site);
        DefaultDiff.Compare(ctx, b, h, site);
        LimitsDiff.Compare(ctx, b, h, site);
        ConstraintKeywordsDiff.Compare(ctx, b, h, site);
        AccessModeDiff.Compare(ctx, b, h, site);
        DeprecationDiff.Compare(ctx, b.Deprecated, h.Deprecated, site.Location, site.Kind("deprecated"));
        CompositionDiff.Compare(ctx, b, h, site);
        DiscriminatorDiff.Compare(ctx, b, h, site);
        PropertiesDiff.Compare(ctx, b, h, site);
        if (b.Items is not null || h.Items is not null)
        {
            Compare(ctx, b.Items, h.Items, site.Items());
        }

        if (b.AdditionalProperties is not null && h.AdditionalProperties is not null)
        {
            Compare(ctx, b.AdditionalProperties, h.AdditionalProperties, site.Values());
        }
        else if (b.AdditionalProperties is not null || h.AdditionalProperties is not null)
        {
            // a schema for extra properties constrains values that were free before (or frees them)
            var added = h.AdditionalProperties is not null;
            LimitsDiff.Report(ctx, site, "additionalProperties", narrowed: added, $"additionalProperties schema {(added ? "added" : "removed")}");
        }

        ExtensionsDiff.Compare(ctx, site.Location, b.Extensions, h.Extensions);
        ExtensionsDiff.CompareUnknownKeywords(ctx, site.Location, b, h);
        DocumentationDiff.CompareSchema(ctx, b, h, site.Location);
    }

    private static void CompareUnionWithPlain(DiffContext ctx, IOpenApiSchema baseSchema, IOpenApiSchema headSchema, SchemaSite site)
    {
        CompositionDiff.Compare(ctx, baseSchema, headSchema, site);
        var baseIsUnion = CompositionDiff.IsUnion(SchemaFacts.Resolve(baseSchema));
        var union = baseIsUnion ? SchemaFacts.Resolve(baseSchema)! : SchemaFacts.Resolve(headSchema)!;
        var plain = baseIsUnion ? headSchema : baseSchema;
        var branch = CompositionDiff.MatchingBranch(ctx, union, plain, plainIsBase: !baseIsUnion);
        if (branch is not null)
        {
            Compare(ctx, baseIsUnion ? branch : baseSchema, baseIsUnion ? headSchema : branch, site);
        }
    }

    private static void ReportModelMove(DiffContext ctx, string? baseRef, string? headRef, SchemaSite site)
    {
        if (baseRef is null)
        {
            ctx.Add("schema-extracted", site.Location,
                $"inline schema moved to component '{headRef}' (same shape): the Kiota model becomes class {KiotaNaming.ModelClassName(headRef!)}");
        }
        else if (headRef is null)
        {
            ctx.Add("schema-inlined", site.Location,
                $"component '{baseRef}' replaced by an inline schema of the same shape: class {KiotaNaming.ModelClassName(baseRef)} is no longer used here");
        }
        else
        {
            ctx.Add("schema-ref-changed", site.Location,
                $"$ref '{baseRef}' → '{headRef}' (same shape): class {KiotaNaming.ModelClassName(baseRef)} → {KiotaNaming.ModelClassName(headRef)}");
        }
    }
}
