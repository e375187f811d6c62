using System.Net;
using System.Net.Http.Headers;

namespace Kwiga.Sdk.Benchmarks.Pipeline;

/// <summary>
/// The innermost handler of the pipeline benchmarks: answers every request at once, in memory, with
/// the same JSON body and the rate-limit headers KWIGA sends on every response.
/// </summary>
public sealed class CannedResponseHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly byte[] _body;
    private readonly string _limit;
    private readonly string _remaining;

    /// <summary>Creates the handler.</summary>
    /// <param name="body">The response body (UTF-8 JSON).</param>
    /// <param name="limit">The <c>X-RateLimit-Limit</c> value sent.</param>
    /// <param name="remaining">The <c>X-RateLimit-Remaining</c> value sent.</param>
    public CannedResponseHandler(byte[] body, int limit, int remaining)
    {
        _body = body;
        _limit = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _remaining = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", _limit);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", _remaining);
        return Task.FromResult(response);
    }
}
