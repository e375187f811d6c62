using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>components.securitySchemes</c>: how callers authenticate. Kiota generates no authentication code (the
/// SDK writes the <c>Token</c> and <c>Cabinet-Hash</c> headers itself), so every change that moves or
/// reshapes a credential breaks the wire for every caller, the SDK included. A scheme whose definition is
/// unchanged under a new key is a rename, which nobody notices.
/// </summary>
public static class SecuritySchemesDiff
{
    /// <summary>Reports removed, added, renamed and changed schemes.</summary>
    public static void Compare(DiffContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = Schemes(ctx.Base);
        var now = Schemes(ctx.Head);
        var added = now.Keys.Except(was.Keys).Order(StringComparer.Ordinal).ToList();
        foreach (var name in was.Keys.Except(now.Keys).Order(StringComparer.Ordinal))
        {
            var match = added.FirstOrDefault(a => OpenApiText.Of(now[a]) == OpenApiText.Of(was[name]));
            if (match is not null)
            {
                ctx.SchemeRenames[name] = match;
                added.Remove(match);
                ctx.Add("security-scheme-renamed", $"security:{name}", $"renamed to '{match}' (same definition)");
                continue;
            }

            var used = SecurityRequirementsDiff.IsUsed(ctx.Base.Model, name);
            ctx.Add("security-scheme-removed", $"security:{name}",
                used ? $"scheme '{name}' ({Describe(was[name])}) removed" : $"scheme '{name}' removed; no operation required it",
                used ? null : ChangeClass.NonBreaking);
        }

        foreach (var name in added)
        {
            ctx.Add("security-scheme-added", $"security:{name}", $"scheme '{name}' ({Describe(now[name])}) added");
        }

        foreach (var name in was.Keys.Intersect(now.Keys).Order(StringComparer.Ordinal))
        {
            var unused = !SecurityRequirementsDiff.IsUsed(ctx.Base.Model, name) && !SecurityRequirementsDiff.IsUsed(ctx.Head.Model, name);
            var changes = new DiffContext(ctx.Base, ctx.Head);
            CompareScheme(changes, was[name], now[name], $"security:{name}");
            foreach (var change in changes.Changes)
            {
                // a scheme no operation requires is never sent, so changing it breaks nobody
                var cls = unused ? ChangeClass.NonBreaking : change.Class;
                ctx.Add(change.Kind.Id, change.Location, unused ? $"{change.Detail} (no operation requires it)" : change.Detail, cls);
            }
        }
    }

    private static void CompareScheme(DiffContext ctx, IOpenApiSecurityScheme b, IOpenApiSecurityScheme h, string location)
    {
        if (b.Type != h.Type)
        {
            // the other attributes belong to the type, so they all change with it
            ctx.Add("security-scheme-type-changed", location, $"{Describe(b)} → {Describe(h)}");
            return;
        }

        Report(ctx, "security-scheme-name-changed", location, "name", b.Name, h.Name);
        Report(ctx, "security-scheme-in-changed", location, "in", b.In?.ToString(), h.In?.ToString());
        Report(ctx, "security-scheme-http-scheme-changed", location, "scheme", b.Scheme?.ToLowerInvariant(), h.Scheme?.ToLowerInvariant());
        Report(ctx, "security-scheme-bearer-format-changed", location, "bearerFormat", b.BearerFormat, h.BearerFormat);
        Report(ctx, "security-scheme-url-changed", location, "openIdConnectUrl", b.OpenIdConnectUrl?.ToString(), h.OpenIdConnectUrl?.ToString());
        Report(ctx, "security-scheme-url-changed", location, "oauth2MetadataUrl",
            (b as OpenApiSecurityScheme)?.OAuth2MetadataUrl?.ToString(), (h as OpenApiSecurityScheme)?.OAuth2MetadataUrl?.ToString());
        OAuthFlowsDiff.Compare(ctx, b.Flows, h.Flows, location);
        DeprecationDiff.Compare(ctx, b.Deprecated, h.Deprecated, location, "security-scheme-deprecated");
        ExtensionsDiff.Compare(ctx, location, b.Extensions, h.Extensions);
        DocumentationDiff.CompareText(ctx, location, "description", b.Description, h.Description);
    }

    /// <summary>Reports <paramref name="kind"/> when a text attribute differs.</summary>
    internal static void Report(DiffContext ctx, string kind, string location, string attribute, string? was, string? now)
    {
        if ((was ?? string.Empty) != (now ?? string.Empty))
        {
            ctx.Add(kind, location, $"{attribute} '{was ?? "(none)"}' → '{now ?? "(none)"}'");
        }
    }

    private static string Describe(IOpenApiSecurityScheme scheme) =>
        scheme.Type == SecuritySchemeType.ApiKey
            ? $"apiKey in {scheme.In?.ToString().ToLowerInvariant()} '{scheme.Name}'"
            : $"{scheme.Type?.ToString().ToLowerInvariant()} {scheme.Scheme}".Trim();

    private static IDictionary<string, IOpenApiSecurityScheme> Schemes(ContractDocument contract) =>
        contract.Model.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
}
