using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Server URLs (variables expanded with their defaults): the document's, and an operation's own (or its path
/// item's) when either version declares them. A removed base URL stops the callers who use it; Kiota's client defaults to the first.
/// </summary>
public static class ServersDiff
{
    /// <summary>Compares the document's servers.</summary>
    public static void CompareDocument(DiffContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        Compare(ctx, ctx.Base.Model.Servers, ctx.Head.Model.Servers, "servers");
    }

    /// <summary>Compares an operation's servers when either version declares its own.</summary>
    public static void CompareOperation(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = Own(b);
        var now = Own(h);
        if (was is not null || now is not null)
        {
            Compare(ctx, was ?? ctx.Base.Model.Servers, now ?? ctx.Head.Model.Servers, $"{h.Display} servers");
        }
    }

    private static IList<OpenApiServer>? Own(ContractOperation op) =>
        op.Operation.Servers is { Count: > 0 } servers ? servers
        : op.PathItem?.Servers is { Count: > 0 } pathServers ? pathServers
        : null;

    private static void Compare(DiffContext ctx, IList<OpenApiServer>? b, IList<OpenApiServer>? h, string location)
    {
        var was = Urls(b);
        var now = Urls(h);
        foreach (var url in was.Except(now))
        {
            ctx.Add("server-removed", location, $"server {url} removed");
        }

        foreach (var url in now.Except(was))
        {
            ctx.Add("server-added", location, $"server {url} added");
        }
    }

    private static List<string> Urls(IList<OpenApiServer>? servers) =>
        (servers ?? []).Select(Expand).Distinct(StringComparer.Ordinal).ToList();

    private static string Expand(OpenApiServer server) =>
        (server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
            .Aggregate(server.Url ?? string.Empty, (url, v) => url.Replace($"{{{v.Key}}}", v.Value.Default, StringComparison.Ordinal));
}
