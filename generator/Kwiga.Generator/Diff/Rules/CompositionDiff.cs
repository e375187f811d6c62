using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>anyOf</c>/<c>oneOf</c> unions (the contract models "the wire sends several JSON types" this way).
/// On output a new variant is a JSON form readers have not seen (wire-breaking); on input a removed one
/// rejects callers. A <c>JsonNull</c> branch (the 3.0 idiom for a nullable <c>$ref</c>) is reported as a
/// nullability change. <c>x-kwiga-sdk-type</c> names the branch the SDK exposes: changing it changes the C#
/// property type (SDK-breaking).
/// </summary>
public static class CompositionDiff
{
    /// <summary>The extension naming the SDK-facing branch of a union.</summary>
    public const string SdkTypeExtension = "x-kwiga-sdk-type";

    /// <summary>True when the schema is an <c>anyOf</c>/<c>oneOf</c> union.</summary>
    public static bool IsUnion(IOpenApiSchema? schema) =>
        schema is not null && ((schema.AnyOf?.Count ?? 0) > 0 || (schema.OneOf?.Count ?? 0) > 0);

    /// <summary>
    /// The branch of <paramref name="union"/> that corresponds to <paramref name="plain"/> (same component, else
    /// same type), so a schema that became a union (or stopped being one) is compared with its own branch.
    /// </summary>
    public static IOpenApiSchema? MatchingBranch(DiffContext ctx, IOpenApiSchema union, IOpenApiSchema plain, bool plainIsBase)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var branches = (union.AnyOf ?? []).Concat(union.OneOf ?? []).Where(v => Describe(v) != NullBranch).ToList();
        var plainRef = SchemaFacts.RefName(plain);
        if (plainRef is not null)
        {
            var byRef = branches.FirstOrDefault(v => SchemaFacts.RefName(v) is { } name
                && (plainIsBase ? ctx.SameComponent(plainRef, name) : ctx.SameComponent(name, plainRef)));
            if (byRef is not null)
            {
                return byRef;
            }
        }

        return branches.FirstOrDefault(v => SchemaFacts.TypeName(v) == SchemaFacts.TypeName(plain));
    }

    /// <summary>Reports union changes at the site; a non-union side counts as a one-branch union.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (!IsUnion(SchemaFacts.Resolve(b)) && !IsUnion(SchemaFacts.Resolve(h)))
        {
            if (HasSdkType(b) || HasSdkType(h))
            {
                CompareSdkType(ctx, b, h, site);
            }

            return;
        }

        var was = Variants(b);
        var now = Variants(h);
        var wasNullable = was.Remove(NullBranch);
        var nowNullable = now.Remove(NullBranch);
        if (wasNullable != nowNullable && (was.Count > 0 || now.Count > 0))
        {
            ctx.Add(site.Kind(nowNullable ? "became-nullable" : "became-non-nullable"), site.Location,
                $"JsonNull branch {(nowNullable ? "added" : "removed")} ({(nowNullable ? "may now be null" : "may no longer be null")})");
        }

        {
            foreach (var removed in was.Except(now).Order(StringComparer.Ordinal))
            {
                ctx.Add(site.Kind("variant-removed"), site.Location, $"union branch {removed} removed");
            }

            foreach (var added in now.Except(was).Order(StringComparer.Ordinal))
            {
                ctx.Add(site.Kind("variant-added"), site.Location, $"union branch {added} added");
            }
        }

        CompareSdkType(ctx, b, h, site);
    }

    private static bool HasSdkType(IOpenApiSchema schema) =>
        SchemaFacts.ExtensionString(SchemaFacts.Resolve(schema)?.Extensions, SdkTypeExtension) is not null;

    private static void CompareSdkType(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        var before = SdkType(b);
        var after = SdkType(h);
        if (before != after)
        {
            ctx.Add("sdk-type-changed", site.Location, $"SDK-facing type '{before ?? "(Kiota composed type)"}' → '{after ?? "(Kiota composed type)"}'");
        }
    }

    /// <summary>
    /// What the SDK exposes: the <c>x-kwiga-sdk-type</c> of a union, the type or component of a plain schema,
    /// null for a union without the extension (Kiota then generates a composed wrapper class).
    /// </summary>
    private static string? SdkType(IOpenApiSchema schema)
    {
        var target = SchemaFacts.Resolve(schema);
        var named = SchemaFacts.ExtensionString(target?.Extensions, SdkTypeExtension);
        if (named is not null)
        {
            return named;
        }

        if (!IsUnion(target))
        {
            return SchemaFacts.RefName(schema) ?? SchemaFacts.TypeName(schema);
        }

        // anyOf: [X, JsonNull] is a nullable X, not a composed type
        var branches = (target!.AnyOf ?? []).Concat(target.OneOf ?? []).Where(v => Describe(v) != NullBranch).ToList();
        return branches.Count == 1 ? SchemaFacts.RefName(branches[0]) ?? SchemaFacts.TypeName(branches[0]) : null;
    }

    private const string NullBranch = "null";

    private static HashSet<string> Variants(IOpenApiSchema schema)
    {
        var target = SchemaFacts.Resolve(schema);
        if (!IsUnion(target))
        {
            return [Describe(schema)];
        }

        return (target!.AnyOf ?? []).Concat(target.OneOf ?? []).Select(Describe).ToHashSet(StringComparer.Ordinal);
    }

    private static string Describe(IOpenApiSchema variant)
    {
        var target = SchemaFacts.Resolve(variant);
        var isNullMarker = target is not null && SchemaFacts.IsNullable(target)
            && target.MaxProperties == 0 && (target.Properties?.Count ?? 0) == 0;
        if (isNullMarker)
        {
            return NullBranch;
        }

        var name = SchemaFacts.RefName(variant);
        if (name is not null)
        {
            return name;
        }

        var format = string.IsNullOrEmpty(target?.Format) ? string.Empty : $"({target!.Format})";
        return SchemaFacts.TypeName(variant) + format;
    }
}
