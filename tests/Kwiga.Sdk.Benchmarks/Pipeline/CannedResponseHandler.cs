using System.Net;
using System.Net.Http.Headers;

namespace Kwiga.Sdk.Benchmarks.Pipeline;

/// <summary>
/// The innermost handler of the pipeline benchmarks: answers every request in memory, with the same
/// JSON body and the rate-limit headers KWIGA sends on every response; at once, or after
/// <see cref="Task.Yield"/> (as a real transport does, so every async method above it really suspends
/// and pays for its state machine).
/// </summary>
public sealed class CannedResponseHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly byte[] _body;
    private readonly string _limit;
    private readonly string _remaining;
    private readonly bool _yields;

    /// <summary>Creates the handler.</summary>
    /// <param name="body">The response body (UTF-8 JSON).</param>
    /// <param name="limit">The <c>X-RateLimit-Limit</c> value sent.</param>
    /// <param name="remaining">The <c>X-RateLimit-Remaining</c> value sent.</param>
    /// <param name="yields">Answer after <see cref="Task.Yield"/> instead of synchronously.</param>
    public CannedResponseHandler(byte[] body, int limit, int remaining, bool yields = false)
    {
        _yields = yields;
        _body = body;
        _limit = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _remaining = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _yields ? AfterYieldAsync(request) : Task.FromResult(Answer(request));

    private async Task<HttpResponseMessage> AfterYieldAsync(HttpRequestMessage request)
    {
        await Task.Yield();
        return Answer(request);
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", _limit);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", _remaining);
        return response;
    }
}
