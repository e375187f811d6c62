using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// A changed (or newly declared, or dropped) JSON type. A parameter's value is text in the URL or a header,
/// so a change that only widens the texts accepted (integer → number → string, boolean → string) leaves every
/// old request valid: it breaks the C# Kiota generates, not the wire. Measured with Kiota 1.38: an integer
/// path parameter gives the indexers <c>this[int]</c> and an obsolete <c>this[string]</c>, a string one only
/// <c>this[string]</c>; a query parameter becomes an <c>int?</c> or <c>string?</c> property. Bodies are JSON,
/// where <c>5</c> and <c>"5"</c> differ, so there any type change is wire-breaking. The reader folds
/// <c>anyOf</c> of bare types (<c>[{type: string}, {type: integer}]</c>) into one schema of several types;
/// a type added to or dropped from such a set is a union branch added or removed, judged like one.
/// </summary>
public static class TypeChange
{
    /// <summary>
    /// Reports a type change at the site. False when the types agree or only a branch of a multi-type union
    /// changed: the caller then compares the rest.
    /// </summary>
    public static bool Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = EffectiveType(b);
        var now = EffectiveType(h);
        if (was == now)
        {
            return false;
        }

        if (was is { } before && now is { } after && (IsUnion(before) || IsUnion(after)))
        {
            ReportVariants(ctx, before, after, site);
            return false;
        }

        var change = $"type {Show(was)} → {Show(now)}";
        if (was is { } w && now is { } n && site.Scope == SchemaScope.Parameter && Widens(w, n))
        {
            ctx.Add("parameter-type-widened", site.Location, $"{change}: every old value is still accepted; {CSharpChange(b, h, site)}");
        }
        else if (was is not null && now is not null)
        {
            ctx.Add(site.Kind("type-changed"), site.Location, change);
        }
        else
        {
            // "any" on one side: Kiota types an untyped schema as UntypedNode.
            var widened = now is null;
            var cls = site.Scope.IsInput() == widened ? ChangeClass.SdkBreaking : ChangeClass.WireBreaking;
            var why = widened
                ? (site.Scope.IsInput() ? "any value is now accepted" : "readers may now receive any JSON value")
                : (site.Scope.IsInput() ? "callers sending other JSON types are rejected" : "readers receive only this type");
            ctx.Add(site.Kind("type-changed"), site.Location, $"{change}: {why}; Kiota's C# type changes (UntypedNode for any)", cls);
        }

        return true;
    }

    /// <summary>True when every value of <paramref name="was"/> is also valid text for <paramref name="now"/>.</summary>
    public static bool Widens(JsonSchemaType was, JsonSchemaType now) => Flags(was).All(flag => Accepts(now, flag));

    /// <summary>The declared type, else the one its keywords imply (properties: object, items: array); null for any.</summary>
    public static JsonSchemaType? EffectiveType(IOpenApiSchema schema)
    {
        if (SchemaFacts.BaseType(schema) is { } declared)
        {
            return declared;
        }

        var target = SchemaFacts.Resolve(schema);
        if (SchemaFacts.Properties(target).Count > 0 || target?.AdditionalProperties is not null)
        {
            return JsonSchemaType.Object;
        }

        return target?.Items is not null ? JsonSchemaType.Array : null;
    }

    private static bool IsUnion(JsonSchemaType type) => Flags(type).Count() > 1;

    private static IEnumerable<JsonSchemaType> Flags(JsonSchemaType type) =>
        Enum.GetValues<JsonSchemaType>().Where(flag => flag != JsonSchemaType.Null && type.HasFlag(flag));

    private static void ReportVariants(DiffContext ctx, JsonSchemaType was, JsonSchemaType now, SchemaSite site)
    {
        foreach (var removed in Flags(was).Except(Flags(now)))
        {
            ctx.Add(site.Kind("variant-removed"), site.Location, $"type {Show(removed)} removed ({Show(was)} → {Show(now)})");
        }

        foreach (var added in Flags(now).Except(Flags(was)))
        {
            ctx.Add(site.Kind("variant-added"), site.Location, $"type {Show(added)} added ({Show(was)} → {Show(now)})");
        }
    }

    private static bool Accepts(JsonSchemaType now, JsonSchemaType flag) =>
        now.HasFlag(flag)
        || (flag == JsonSchemaType.Integer && now.HasFlag(JsonSchemaType.Number))
        || (flag is JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean && now.HasFlag(JsonSchemaType.String));

    private static string CSharpChange(IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        var before = FormatChange.CSharpType(SchemaFacts.BaseType(b), b.Format ?? string.Empty);
        var after = FormatChange.CSharpType(SchemaFacts.BaseType(h), h.Format ?? string.Empty);
        return site.ParameterIn == ParameterLocation.Path && site.IsRoot
            ? $"Kiota's indexer this[{before}] → this[{after}]"
            : $"Kiota's C# type {before} → {after}";
    }

    private static string Show(JsonSchemaType? type) =>
        type is null ? "any" : string.Join("|", type.Value.ToIdentifiers());
}
