using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Parameters of one matched operation. Query and header parameters match by (in, name); path parameters
/// match by position, since a renamed placeholder is the same slot in the URL. Every attribute of the
/// parameter object is compared (the <c>ComparedAttributes</c> table says how).
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
                CompareParameter(ctx, baseParam, headParam, $"{h.Display} path:{headNames[i]}");
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

        CompareSerialization(ctx, b, h, location);
#pragma warning disable CS0618 // allowEmptyValue is deprecated by OpenAPI but still changes what is accepted
        if (b.AllowEmptyValue != h.AllowEmptyValue)
        {
            ctx.Add(h.AllowEmptyValue ? "parameter-empty-value-allowed" : "parameter-empty-value-disallowed", location,
                $"allowEmptyValue {b.AllowEmptyValue.ToString().ToLowerInvariant()} → {h.AllowEmptyValue.ToString().ToLowerInvariant()}");
        }
#pragma warning restore CS0618

        DeprecationDiff.Compare(ctx, b.Deprecated, h.Deprecated, location, "parameter-deprecated");
        var site = new SchemaSite(location, SchemaScope.Parameter, ParameterName: h.Name, ParameterIn: h.In);
        SchemaDiff.Compare(ctx, b.Schema, h.Schema, site);
        if (b.Content is { Count: > 0 } && h.Content is { Count: > 0 })
        {
            MediaTypes.Compare(ctx, b.Content, h.Content, location, SchemaScope.Parameter, "parameter-content-type");
        }

        ExtensionsDiff.Compare(ctx, location, b.Extensions, h.Extensions);
        DocumentationDiff.CompareText(ctx, location, "description", b.Description, h.Description);
        DocumentationDiff.CompareExample(ctx, location, b.Example, h.Example);
        DocumentationDiff.CompareExamples(ctx, location, b.Examples, h.Examples);
    }

    /// <summary>How the value is written: style, explode, allowReserved, or plain text versus a media type.</summary>
    private static void CompareSerialization(DiffContext ctx, IOpenApiParameter b, IOpenApiParameter h, string location)
    {
        var was = Serialization(b);
        var now = Serialization(h);
        if (was != now)
        {
            ctx.Add("parameter-serialization-changed", location, $"{was} → {now}");
        }
    }

    private static string Serialization(IOpenApiParameter p) =>
        p.Content is { Count: > 0 }
            ? "content (a media type; its types and schema are compared as content)"
            : $"style/explode/allowReserved {p.Style}/{p.Explode}/{p.AllowReserved}".Replace("True", "true").Replace("False", "false");

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
