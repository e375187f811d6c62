using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Sends PUT and DELETE as POST with <c>_method=PUT|DELETE</c> in the query string, as the KWIGA docs
/// allow, for proxies and firewalls that block those verbs. Laravel reads <c>_method</c> from the query
/// as well as the body, so JSON bodies stay untouched.
/// </summary>
internal sealed class MethodOverrideHandler : DelegatingHandler
{
    private readonly MethodOverrideOption _defaults;

    /// <summary>Creates the handler with the client-wide default.</summary>
    public MethodOverrideHandler(MethodOverrideOption? defaults = null)
    {
        _defaults = defaults ?? new MethodOverrideOption();
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var enabled = (request.GetRequestOption<MethodOverrideOption>() ?? _defaults).Enabled;
        if (enabled && request.RequestUri is not null && (request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete))
        {
            var uri = new UriBuilder(request.RequestUri);
            var parameter = "_method=" + request.Method.Method;
            uri.Query = string.IsNullOrEmpty(uri.Query) || uri.Query == "?" ? parameter : uri.Query.TrimStart('?') + "&" + parameter;
            request.RequestUri = uri.Uri;
            request.Method = HttpMethod.Post;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
