using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Compares the <c>content</c> maps of a request body or response.</summary>
public static class MediaTypes
{
    private const string Json = "application/json";

    /// <summary>How the parts of a multipart, form or sequential body are written (3.2 adds item and prefix encodings).</summary>
    private static string Encoding(IOpenApiMediaType media) =>
        OpenApiText.Of(media.Encoding) + "|" + OpenApiText.Of(media.ItemEncoding) + "|"
        + string.Join(",", (media.PrefixEncoding ?? []).Select(e => OpenApiText.Of(e)));

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
            var (b, h) = (was[type], now[type]);
            SchemaDiff.Compare(ctx, b.Schema, h.Schema, new SchemaSite(at, scope));
            if (b.ItemSchema is not null || h.ItemSchema is not null)
            {
                SchemaDiff.Compare(ctx, b.ItemSchema, h.ItemSchema, new SchemaSite(at, scope).Items());
            }

            if (Encoding(b) != Encoding(h))
            {
                var kind = scope.IsInput() ? "request-encoding-changed" : "response-encoding-changed";
                ctx.Add(kind, at, $"encoding of {type} changed");
            }

            ExtensionsDiff.Compare(ctx, at, b.Extensions, h.Extensions);
            DocumentationDiff.CompareMediaExamples(ctx, at, b, h);
        }
    }
}
