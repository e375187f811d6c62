using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Added, removed and re-required object properties (allOf members included).</summary>
public static class PropertiesDiff
{
    /// <summary>Compares the properties of two object schemas.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        var baseProperties = SchemaFacts.Properties(b);
        var headProperties = SchemaFacts.Properties(h);
        if (baseProperties.Count == 0 && headProperties.Count == 0)
        {
            return;
        }

        var baseRequired = SchemaFacts.Required(b);
        var headRequired = SchemaFacts.Required(h);
        var names = baseProperties.Keys.Union(headProperties.Keys).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var child = site.Property(name);
            var inBase = baseProperties.TryGetValue(name, out var baseProperty);
            var inHead = headProperties.TryGetValue(name, out var headProperty);
            if (!inHead)
            {
                ctx.Add(child.Kind("removed"), child.Location, $"property '{name}' removed");
            }
            else if (!inBase)
            {
                var required = headRequired.Contains(name) && child.Scope.IsInput();
                ctx.Add(child.Kind(required ? "added-required" : "added"), child.Location,
                    $"property '{name}' added{(headRequired.Contains(name) ? " (required)" : string.Empty)}");
            }
            else
            {
                CompareRequired(ctx, name, baseRequired.Contains(name), headRequired.Contains(name), child);
                SchemaDiff.Compare(ctx, baseProperty, headProperty, child);
            }
        }
    }

    private static void CompareRequired(DiffContext ctx, string name, bool wasRequired, bool isRequired, SchemaSite site)
    {
        if (wasRequired == isRequired)
        {
            return;
        }

        ctx.Add(site.Kind(isRequired ? "became-required" : "became-optional"), site.Location,
            $"'{name}' {(isRequired ? "optional → required" : "required → optional")}");
    }
}
