using System.Collections.Concurrent;
using System.Net;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>A transport that answers from a script and records every request (with its body) it was sent.</summary>
public sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, HttpResponseMessage> _answer;
    private readonly Func<HttpRequestMessage, int, Task>? _before;
    private int _count;

    /// <param name="answer">The response to the request with the given index (0-based).</param>
    /// <param name="before">Awaited before answering, e.g. to hold a response back on a fake clock.</param>
    public ScriptedTransport(Func<HttpRequestMessage, int, HttpResponseMessage> answer, Func<HttpRequestMessage, int, Task>? before = null)
    {
        _answer = answer;
        _before = before;
    }

    public ConcurrentQueue<(HttpMethod Method, string Url, string? Body)> Requests { get; } = new();

    public int Count => Volatile.Read(ref _count);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request.Method, request.RequestUri!.AbsoluteUri, body));
        var index = Interlocked.Increment(ref _count) - 1;
        if (_before is not null)
        {
            await _before(request, index).WaitAsync(cancellationToken);
        }

        return _answer(request, index);
    }
}
