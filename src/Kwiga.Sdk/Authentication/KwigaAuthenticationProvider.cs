using Kwiga.Sdk.Internal;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Kwiga.Sdk.Authentication;

/// <summary>
/// Adds the two credentials KWIGA needs to every request: <c>Token</c> and <c>Cabinet-Hash</c>
/// (Kiota's <c>ApiKeyAuthenticationProvider</c> carries only one key). Requests to hosts other than
/// the configured API host get no credentials.
/// </summary>
public sealed class KwigaAuthenticationProvider : IAuthenticationProvider
{
    private readonly string _token;
    private readonly string _cabinetHash;
    private readonly string _host;

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
        if (string.Equals(request.URI.Host, _host, StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.TryAdd("Token", _token);
            request.Headers.TryAdd("Cabinet-Hash", _cabinetHash);
        }

        return Task.CompletedTask;
    }

    /// <summary>Describes the provider without its secrets.</summary>
    public override string ToString() => $"KwigaAuthenticationProvider {{ Host = {_host}, Token = ***, CabinetHash = *** }}";
}
