using System.Net.Http.Headers;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Appends <see cref="KwigaOptions.UserAgentSuffix"/> (e.g. <c>MyCrmSync/2.1</c>) after the SDK's own
/// <c>Kwiga.Sdk/&lt;version&gt;</c>, so the cabinet owner's logs tell integrations apart.
/// </summary>
internal sealed class UserAgentSuffixHandler : DelegatingHandler
{
    private readonly ProductInfoHeaderValue[] _products;

    /// <summary>Creates the handler for a suffix that <see cref="TryParse"/> accepted.</summary>
    public UserAgentSuffixHandler(ProductInfoHeaderValue[] products)
    {
        _products = products;
    }

    /// <summary>The suffix as User-Agent products, or false when it is not a valid User-Agent value.</summary>
    public static bool TryParse(string suffix, out ProductInfoHeaderValue[] products)
    {
        // A throwaway header collection parses with the same rules HttpClient applies when sending.
        using var probe = new HttpRequestMessage();
        if (string.IsNullOrWhiteSpace(suffix) || !probe.Headers.UserAgent.TryParseAdd(suffix))
        {
            products = [];
            return false;
        }

        products = [.. probe.Headers.UserAgent];
        return products.Length > 0;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var userAgent = request.Headers.UserAgent;
        foreach (var product in _products)
        {
            // A resend (429, retry) comes through again: add each product once.
            if (!userAgent.Contains(product))
            {
                userAgent.Add(product);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
