using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// What a request means, as the adapter knew it before any handler changed it: the method it was asked
/// with (a PUT sent as POST with <c>_method</c> is still a PUT), and whether a POST is a <c>/query</c>
/// alias, a read. The retry handler decides from this, not from what another handler wrote into the
/// request. One instance per kind, shared: nothing is allocated per request.
/// </summary>
internal sealed class RequestIntent : IRequestOption
{
    private static readonly RequestIntent[] ByMethod =
    [
        new(Method.GET, false), new(Method.POST, false), new(Method.PATCH, false), new(Method.DELETE, false), new(Method.OPTIONS, false),
        new(Method.CONNECT, false), new(Method.PUT, false), new(Method.TRACE, false), new(Method.HEAD, false),
    ];

    private static readonly RequestIntent QueryAlias = new(Method.POST, isRead: true);

    private RequestIntent(Method method, bool isRead)
    {
        Method = method;
        IsRead = isRead;
    }

    /// <summary>The method the operation was asked with.</summary>
    public Method Method { get; }

    /// <summary>A POST that only reads (a <c>/query</c> alias).</summary>
    public bool IsRead { get; }

    /// <summary>Whether sending the request again cannot do anything twice.</summary>
    public bool IsIdempotent => IsRead || Method is Method.GET or Method.HEAD or Method.OPTIONS or Method.PUT or Method.DELETE;

    /// <summary>The intent of a request with <paramref name="method"/>, a <c>/query</c> alias or not.</summary>
    public static RequestIntent For(Method method, bool isQueryAlias) =>
        isQueryAlias ? QueryAlias : Array.Find(ByMethod, i => i.Method == method) ?? new RequestIntent(method, false);
}
