using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Compares the <c>content</c> maps of a request body or response.</summary>
public static class MediaTypes
{
    private const string Json = "application/json";

    /// <summary>
    /// Reports removed/added media types (<paramref name="kindPrefix"/><c>-removed</c>/<c>-added</c>) and
    /// compares the schema and examples of each media type present in both.
    /// </summary>
    public static void Compare(
        DiffContext ctx,
        IDictionary<string, IOpenApiMediaType>? was,
        IDictionary<string, IOpenApiMediaType>? now,
        string location,
        SchemaScope scope,
        string kindPrefix)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        was ??= new Dictionary<string, IOpenApiMediaType>();
        now ??= new Dictionary<string, IOpenApiMediaType>();
        foreach (var type in was.Keys.Except(now.Keys).Order(StringComparer.Ordinal))
        {
            ctx.Add($"{kindPrefix}-removed", location, $"media type {type} removed");
        }

        foreach (var type in now.Keys.Except(was.Keys).Order(StringComparer.Ordinal))
        {
            ctx.Add($"{kindPrefix}-added", location, $"media type {type} added");
        }

        foreach (var type in was.Keys.Intersect(now.Keys).Order(StringComparer.Ordinal))
        {
            var at = type == Json ? location : $"{location}[{type}]";
            SchemaDiff.Compare(ctx, was[type].Schema, now[type].Schema, new SchemaSite(at, scope));
            DocumentationDiff.CompareMediaExamples(ctx, at, was[type], now[type]);
        }
    }
}
