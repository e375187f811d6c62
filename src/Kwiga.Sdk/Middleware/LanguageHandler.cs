using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>Sends <c>X-Language</c>: the request's <see cref="LanguageOption"/>, else the client default.</summary>
internal sealed class LanguageHandler : DelegatingHandler
{
    private readonly LanguageOption _defaults;

    /// <summary>Creates the handler with the client-wide default.</summary>
    public LanguageHandler(LanguageOption? defaults = null)
    {
        _defaults = defaults ?? new LanguageOption();
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var language = (request.GetRequestOption<LanguageOption>() ?? _defaults).Language;
        request.Headers.Remove("X-Language");
        if (!string.IsNullOrEmpty(language))
        {
            request.Headers.TryAddWithoutValidation("X-Language", language);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
