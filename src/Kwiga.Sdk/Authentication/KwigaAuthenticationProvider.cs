using Kwiga.Sdk.Internal;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Kwiga.Sdk.Authentication;

/// <summary>
/// Adds the two credentials KWIGA needs to every request: <c>Token</c> and <c>Cabinet-Hash</c>
/// (Kiota's <c>ApiKeyAuthenticationProvider</c> carries only one key). Requests to hosts other than
/// the configured API host get no credentials.
/// </summary>
internal sealed class KwigaAuthenticationProvider : IAuthenticationProvider
{
    private readonly string _token;
    private readonly string _cabinetHash;
    private readonly string _host;
    private const string RawUrlKey = "request-raw-url";
    private const string BaseUrlKey = "baseurl";
    private const string BaseUrlPlaceholder = "{+baseurl}";
    private ParsedUrl? _lastUrl;

    /// <summary>Creates the provider for one cabinet.</summary>
    /// <param name="token">The API token.</param>
    /// <param name="cabinetHash">The cabinet hash.</param>
    /// <param name="baseUrl">The API root; credentials are only sent to its host.</param>
    public KwigaAuthenticationProvider(string token, string cabinetHash, Uri baseUrl)
    {
        _token = Guard.NotNull(token, nameof(token));
        _cabinetHash = Guard.NotNull(cabinetHash, nameof(cabinetHash));
        _host = Guard.NotNull(baseUrl, nameof(baseUrl)).Host;
    }

    /// <inheritdoc />
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        if (string.Equals(TargetHost(request), _host, StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.TryAdd(CredentialHeaders.Token, _token);
            request.Headers.TryAdd(CredentialHeaders.CabinetHash, _cabinetHash);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The host the request goes to. <see cref="RequestInformation.URI"/> expands the whole URL
    /// template (path and query) on every read, so the host is taken from what the template starts
    /// with when that is known: the raw URL a request builder was given, or the adapter's base URL.
    /// </summary>
    private string TargetHost(RequestInformation request)
    {
        if (request.PathParameters.TryGetValue(RawUrlKey, out var rawUrl) && rawUrl is string raw)
        {
            return HostOf(raw);
        }

        if (request.PathParameters.TryGetValue(BaseUrlKey, out var baseUrl) && baseUrl is string root
            && request.UrlTemplate is { } template && StartsWithBaseUrl(template))
        {
            return HostOf(root);
        }

        // A URI set directly (no path parameters left): only the URI itself knows.
        return request.URI.Host;
    }

    // "{+baseurl}/path...": only then is the base URL's host the request's host.
    private static bool StartsWithBaseUrl(string template) =>
        template.StartsWith(BaseUrlPlaceholder, StringComparison.OrdinalIgnoreCase)
        && (template.Length == BaseUrlPlaceholder.Length || template[BaseUrlPlaceholder.Length] is '/' or '?' or '{');

    private string HostOf(string url)
    {
        // Almost always the base URL this provider was built for: skip parsing it again.
        var last = _lastUrl;
        if (last is not null && string.Equals(last.Url, url, StringComparison.Ordinal))
        {
            return last.Host;
        }

        var host = new Uri(url).Host;
        _lastUrl = new ParsedUrl(url, host);
        return host;
    }

    /// <summary>Describes the provider without its secrets.</summary>
    public override string ToString() => $"KwigaAuthenticationProvider {{ Host = {_host}, Token = ***, CabinetHash = *** }}";

    /// <summary>A URL and its host, remembered together so a reader never sees one without the other.</summary>
    private sealed class ParsedUrl(string url, string host)
    {
        public string Url { get; } = url;

        public string Host { get; } = host;
    }
}
