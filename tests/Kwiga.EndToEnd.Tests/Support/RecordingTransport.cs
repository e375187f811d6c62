using System.Collections.Concurrent;
using System.Net;

namespace Kwiga.EndToEnd.Tests.Support;

/// <summary>
/// The innermost handler of a client's pipeline (<c>KwigaClientFactory.Create(..., transport: ...)</c>):
/// real sockets, plus a record of every request as it went on the wire and the status that came back, so a
/// test sees what the SDK's handlers above it did (method override, resends, 429s).
/// </summary>
public sealed class RecordingTransport() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<Exchange> _exchanges = new();

    public IReadOnlyList<Exchange> Exchanges => [.. _exchanges];

    public int Count(HttpStatusCode status) => _exchanges.Count(e => e.Status == status);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        _exchanges.Enqueue(new Exchange(request.Method.Method, request.RequestUri!.PathAndQuery, response.StatusCode));
        return response;
    }

    /// <summary>One request as sent (method and path with query) and the status of its response.</summary>
    public sealed record Exchange(string Method, string PathAndQuery, HttpStatusCode Status);
}
