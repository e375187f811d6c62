using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// What a request means, as the adapter knew it before any handler changed it: the method it was asked
/// with (a PUT sent as POST with <c>_method</c> is still a PUT), whether a POST is a <c>/query</c> alias
/// (a read), and which documented operation it is. The retry handler decides from this, not from what
/// another handler wrote into the request; telemetry names the operation from it. One instance per
/// operation (<see cref="OperationFacts.Intent"/>) or per method, shared: nothing is allocated per request.
/// </summary>
internal sealed class RequestIntent : IRequestOption
{
    private static readonly RequestIntent[] ByMethod =
    [
        new(Method.GET, false, null), new(Method.POST, false, null), new(Method.PATCH, false, null), new(Method.DELETE, false, null), new(Method.OPTIONS, false, null),
        new(Method.CONNECT, false, null), new(Method.PUT, false, null), new(Method.TRACE, false, null), new(Method.HEAD, false, null),
    ];

    /// <summary>Creates the intent of one operation (see <see cref="OperationFacts.Intent"/>).</summary>
    internal RequestIntent(Method method, bool isRead, string? operation)
    {
        Method = method;
        IsRead = isRead;
        Operation = operation;
    }

    /// <summary>The method the operation was asked with.</summary>
    public Method Method { get; }

    /// <summary>A POST that only reads (a <c>/query</c> alias).</summary>
    public bool IsRead { get; }

    /// <summary>The operation as the contract writes it (<c>GET /contacts/{contact}</c>), or null for a request the contract does not list.</summary>
    public string? Operation { get; }

    /// <summary>Whether sending the request again cannot do anything twice.</summary>
    public bool IsIdempotent => IsRead || Method is Method.GET or Method.HEAD or Method.OPTIONS or Method.PUT or Method.DELETE;

    /// <summary>The intent of a request with <paramref name="method"/>: its operation's when the contract lists it.</summary>
    public static RequestIntent For(Method method, OperationFacts? facts)
    {
        if (facts is not null)
        {
            return facts.Intent;
        }

        // A loop, not Array.Find with a lambda: the lambda would capture the method, a closure per request.
        foreach (var intent in ByMethod)
        {
            if (intent.Method == method)
            {
                return intent;
            }
        }

        return new RequestIntent(method, false, null);
    }
}
