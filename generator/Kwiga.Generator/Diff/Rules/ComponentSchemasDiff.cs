using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Component schemas: renames (a removed and an added component with the same shape), removals,
/// additions, and a structural comparison of every component present in both, once per side it is
/// used on (a schema used in requests and responses is judged as both).
/// </summary>
public static class ComponentSchemasDiff
{
    /// <summary>Finds renames first (other detectors rely on them), then compares components.</summary>
    public static void DetectRenames(DiffContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var baseSchemas = Schemas(ctx.Base);
        var headSchemas = Schemas(ctx.Head);
        var added = headSchemas.Keys.Except(baseSchemas.Keys).Order(StringComparer.Ordinal).ToList();
        foreach (var removed in baseSchemas.Keys.Except(headSchemas.Keys).Order(StringComparer.Ordinal))
        {
            var shape = SchemaShape.Of(baseSchemas[removed]);
            var match = added.FirstOrDefault(a => SchemaShape.Of(headSchemas[a]) == shape);
            if (match is not null)
            {
                ctx.Renames[removed] = match;
                added.Remove(match);
            }
        }
    }

    /// <summary>Reports renamed, removed, added and changed components.</summary>
    public static void Compare(DiffContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var baseSchemas = Schemas(ctx.Base);
        var headSchemas = Schemas(ctx.Head);
        var baseUsage = SchemaUsage.Compute(ctx.Base.Model);
        var headUsage = SchemaUsage.Compute(ctx.Head.Model);

        foreach (var name in baseSchemas.Keys.Except(headSchemas.Keys).Order(StringComparer.Ordinal))
        {
            var used = baseUsage.Of(name).Count > 0;
            var unusedClass = used ? (ChangeClass?)null : ChangeClass.NonBreaking;
            if (ctx.Renames.TryGetValue(name, out var newName))
            {
                ctx.Add("schema-renamed", $"schema:{name}",
                    $"renamed to '{newName}' (same shape): Kiota class {KiotaNaming.ModelClassName(name)} → {KiotaNaming.ModelClassName(newName)}",
                    unusedClass);
            }
            else
            {
                ctx.Add("schema-removed", $"schema:{name}",
                    used ? $"class {KiotaNaming.ModelClassName(name)} is no longer generated" : "was not used by any operation",
                    unusedClass);
            }
        }

        foreach (var name in headSchemas.Keys.Except(baseSchemas.Keys).Except(ctx.Renames.Values).Order(StringComparer.Ordinal))
        {
            ctx.Add("schema-added", $"schema:{name}", $"new component '{name}'");
        }

        foreach (var name in baseSchemas.Keys.Intersect(headSchemas.Keys).Order(StringComparer.Ordinal))
        {
            CompareCommon(ctx, name, baseSchemas[name], headSchemas[name], baseUsage.Of(name).Union(headUsage.Of(name)).ToList());
        }
    }

    private static void CompareCommon(DiffContext ctx, string name, IOpenApiSchema b, IOpenApiSchema h, IReadOnlyList<SchemaScope> scopes)
    {
        var location = $"schema:{name}";
        if (scopes.Count == 0)
        {
            if (SchemaShape.Of(b) != SchemaShape.Of(h))
            {
                ctx.Add("unreferenced-schema-changed", location, "shape changed; no operation uses it");
            }

            return;
        }

        foreach (var scope in scopes.Order())
        {
            SchemaDiff.CompareResolved(ctx, SchemaFacts.Resolve(b), SchemaFacts.Resolve(h), new SchemaSite(location, scope));
        }
    }

    private static IDictionary<string, IOpenApiSchema> Schemas(ContractDocument contract) =>
        contract.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
}
