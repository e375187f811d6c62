using Kwiga.Sdk.Errors;

namespace Kwiga.Sdk.Client;

/// <summary>
/// A caller's own <see cref="HttpClient"/> as the innermost step of the SDK's pipeline: it sends what
/// the SDK's handlers prepared. Its handler is out of the SDK's reach, so a redirect it followed by
/// itself to another host is detected afterwards: the response is refused with a
/// <see cref="KwigaRedirectException"/> rather than returned as if KWIGA had sent it.
/// </summary>
internal sealed class HttpClientTransport : HttpMessageHandler
{
    private readonly HttpClient _client;

    public HttpClientTransport(HttpClient client)
    {
        _client = client;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var asked = request.RequestUri;

        // An HttpClient sends a message once: the SDK's own HttpClient already marked this one as sent.
        var copy = await Internal.RequestCloner.CloneAsync(request).ConfigureAwait(false);
        var response = await _client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var answered = copy.RequestUri;
        if (asked is not null && answered is not null && !Middleware.RedirectPolicy.StaysOnHost(asked, answered))
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            var details = new KwigaErrorDetails(status, request.Method.Method, asked.AbsolutePath, null, null);
            throw new KwigaRedirectException(details, answered,
                $"The HttpClient given to the SDK followed a redirect from {asked.GetLeftPart(UriPartial.Path)} to {answered.GetLeftPart(UriPartial.Path)} by itself, so the Token and Cabinet-Hash may have reached {answered.Authority}; the response is refused. Create that HttpClient over a handler with AllowAutoRedirect = false (the SDK then follows redirects on the API host only), or use KwigaClientFactory.Create(options, transport: handler).");
        }

        // Handlers above (the redirect handler among them) read the request from the response: theirs.
        response.RequestMessage = request;
        return response;
    }
}
