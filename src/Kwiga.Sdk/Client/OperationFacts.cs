using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>One operation's facts from the contract (see <see cref="ContractFacts"/>).</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Operation">The method and path as the docs write them (<c>GET /courses</c>), for messages.</param>
/// <param name="IsQueryAlias">A POST <c>/query</c> alias: a read, safe to resend like its GET.</param>
/// <param name="Bounds">The documented bounds of its integer query parameters.</param>
internal sealed record OperationFacts(Method Method, string Operation, bool IsQueryAlias, QueryBound[] Bounds)
{
    /// <summary>The bound of the query parameter <paramref name="name"/> (as in the URL template), or null.</summary>
    public QueryBound? Bound(string name) => Array.Find(Bounds, b => b.Name == name);
}
