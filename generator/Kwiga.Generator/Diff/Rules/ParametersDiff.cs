using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Parameters of one matched operation. Query and header parameters match by (in, name); path parameters
/// match by position, since a renamed placeholder is the same slot in the URL.
/// </summary>
public static class ParametersDiff
{
    /// <summary>Reports parameter changes between two versions of one operation.</summary>
    public static void Compare(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ComparePathParameters(ctx, b, h);

        var baseParams = NonPath(b);
        var headParams = NonPath(h);
        foreach (var (key, baseParam) in baseParams.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var location = $"{h.Display} {key}";
            if (!headParams.TryGetValue(key, out var headParam))
            {
                ctx.Add("parameter-removed", location, $"parameter '{baseParam.Name}' removed");
                continue;
            }

            CompareParameter(ctx, baseParam, headParam, location);
        }

        foreach (var (key, headParam) in headParams.Where(p => !baseParams.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var kind = headParam.Required ? "parameter-added-required" : "parameter-added";
            ctx.Add(kind, $"{h.Display} {key}", $"parameter '{headParam.Name}' added{(headParam.Required ? " (required)" : string.Empty)}");
        }
    }

    private static void ComparePathParameters(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        var baseNames = PathTemplate.ParameterNames(b.Path);
        var headNames = PathTemplate.ParameterNames(h.Path);
        for (var i = 0; i < Math.Min(baseNames.Count, headNames.Count); i++)
        {
            var baseParam = Find(b, ParameterLocation.Path, baseNames[i]);
            var headParam = Find(h, ParameterLocation.Path, headNames[i]);
            if (baseParam is not null && headParam is not null)
            {
                var site = new SchemaSite($"{h.Display} path:{headNames[i]}", SchemaScope.Parameter, ParameterName: headNames[i]);
                SchemaDiff.Compare(ctx, baseParam.Schema, headParam.Schema, site);
            }
        }
    }

    private static void CompareParameter(DiffContext ctx, IOpenApiParameter b, IOpenApiParameter h, string location)
    {
        if (b.Required != h.Required)
        {
            ctx.Add(h.Required ? "parameter-became-required" : "parameter-became-optional", location,
                $"'{h.Name}' {(h.Required ? "optional → required" : "required → optional")}");
        }

        if (b.Style != h.Style || b.Explode != h.Explode)
        {
            ctx.Add("parameter-serialization-changed", location,
                $"style/explode {b.Style}/{b.Explode} → {h.Style}/{h.Explode}");
        }

        SchemaDiff.Compare(ctx, b.Schema, h.Schema, new SchemaSite(location, SchemaScope.Parameter, ParameterName: h.Name));
        DocumentationDiff.CompareText(ctx, location, "description", b.Description, h.Description);
        DocumentationDiff.CompareExample(ctx, location, b.Example, h.Example);
    }

    private static Dictionary<string, IOpenApiParameter> NonPath(ContractOperation op) =>
        op.Parameters
            .Where(p => p.In != ParameterLocation.Path)
            .GroupBy(p => $"{Where(p.In)}:{p.Name}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    private static IOpenApiParameter? Find(ContractOperation op, ParameterLocation where, string name) =>
        op.Parameters.FirstOrDefault(p => p.In == where && p.Name == name);

    private static string Where(ParameterLocation? location) =>
        location?.ToString().ToLowerInvariant() ?? "unknown";
}
