using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// The OAuth 2 flows of a security scheme: a flow or scope removed, or an endpoint moved, stops callers
/// obtaining tokens the way they did; additions are harmless.
/// </summary>
public static class OAuthFlowsDiff
{
    /// <summary>Reports flow, endpoint and scope changes of one scheme.</summary>
    public static void Compare(DiffContext ctx, OpenApiOAuthFlows? b, OpenApiOAuthFlows? h, string location)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = Flows(b);
        var now = Flows(h);
        foreach (var (name, flow) in was)
        {
            if (!now.TryGetValue(name, out var headFlow))
            {
                ctx.Add("security-scheme-flow-removed", location, $"OAuth 2 flow '{name}' removed");
                continue;
            }

            CompareFlow(ctx, flow, headFlow, location, name);
        }

        foreach (var name in now.Keys.Except(was.Keys))
        {
            ctx.Add("security-scheme-flow-added", location, $"OAuth 2 flow '{name}' added");
        }

        ExtensionsDiff.Compare(ctx, location, b?.Extensions, h?.Extensions);
    }

    private static void CompareFlow(DiffContext ctx, OpenApiOAuthFlow b, OpenApiOAuthFlow h, string location, string name)
    {
        void Url(string attribute, Uri? was, Uri? now) =>
            SecuritySchemesDiff.Report(ctx, "security-scheme-url-changed", location, $"{name}.{attribute}", was?.ToString(), now?.ToString());

        Url("authorizationUrl", b.AuthorizationUrl, h.AuthorizationUrl);
        Url("tokenUrl", b.TokenUrl, h.TokenUrl);
        Url("refreshUrl", b.RefreshUrl, h.RefreshUrl);
        Url("deviceAuthorizationUrl", b.DeviceAuthorizationUrl, h.DeviceAuthorizationUrl);
        var wasScopes = b.Scopes?.Keys ?? [];
        var nowScopes = h.Scopes?.Keys ?? [];
        foreach (var scope in wasScopes.Except(nowScopes).Order(StringComparer.Ordinal))
        {
            ctx.Add("security-scheme-scope-removed", location, $"{name} scope '{scope}' removed");
        }

        foreach (var scope in nowScopes.Except(wasScopes).Order(StringComparer.Ordinal))
        {
            ctx.Add("security-scheme-scope-added", location, $"{name} scope '{scope}' added");
        }

        ExtensionsDiff.Compare(ctx, location, b.Extensions, h.Extensions);
    }

    private static Dictionary<string, OpenApiOAuthFlow> Flows(OpenApiOAuthFlows? flows)
    {
        var result = new Dictionary<string, OpenApiOAuthFlow>(StringComparer.Ordinal);
        void Add(string name, OpenApiOAuthFlow? flow)
        {
            if (flow is not null)
            {
                result[name] = flow;
            }
        }

        Add("implicit", flows?.Implicit);
        Add("password", flows?.Password);
        Add("clientCredentials", flows?.ClientCredentials);
        Add("authorizationCode", flows?.AuthorizationCode);
        Add("deviceAuthorization", flows?.DeviceAuthorization);
        return result;
    }
}
