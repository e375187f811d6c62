using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>One operation's facts from the contract (see <see cref="ContractFacts"/>).</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Operation">The method and route as the docs write them (<c>GET /courses/{course}</c>), for messages and telemetry.</param>
/// <param name="IsQueryAlias">A POST <c>/query</c> alias: a read, safe to resend like its GET.</param>
/// <param name="Bounds">The documented bounds of its integer query parameters.</param>
internal sealed record OperationFacts(Method Method, string Operation, bool IsQueryAlias, QueryBound[] Bounds)
{
    /// <summary>The intent every request of this operation carries, created once with the table.</summary>
    public RequestIntent Intent { get; } = new(Method, IsQueryAlias, Operation);

    /// <summary>The bound of the query parameter <paramref name="name"/> (as in the URL template), or null.</summary>
    public QueryBound? Bound(string name) => Array.Find(Bounds, b => b.Name == name);
}
