using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>default</c> values. On input a default is what the server applies when the caller omits the value, so
/// changing or dropping it changes the result of the same request (AIP-180). Kiota 1.38 (measured) sets a
/// model property's default in the model's constructor: SDK callers send request defaults explicitly, and SDK
/// readers see the default when a response omits the field. Query parameters get no default in C#.
/// </summary>
public static class DefaultDiff
{
    /// <summary>Reports a default added, removed or changed at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = b.Default;
        var now = h.Default;
        if (JsonNode.DeepEquals(was, now))
        {
            return;
        }

        var suffix = (was, now) switch
        {
            (null, _) => "default-added",
            (_, null) => "default-removed",
            _ => "default-changed",
        };
        ctx.Add(site.Kind(suffix), site.Location, $"default {Show(was)} → {Show(now)}");
    }

    private static string Show(JsonNode? value) => value is null ? "(none)" : value.ToJsonString();
}
