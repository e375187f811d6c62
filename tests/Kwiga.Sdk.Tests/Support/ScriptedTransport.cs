using System.Collections.Concurrent;
using System.Net;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>A transport that answers from a script and records every request (with its body) it was sent.</summary>
public sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, HttpResponseMessage> _answer;
    private int _count;

    public ScriptedTransport(Func<HttpRequestMessage, int, HttpResponseMessage> answer)
    {
        _answer = answer;
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
        return _answer(request, index);
    }
}
