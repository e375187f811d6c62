using Kwiga.Sdk.Authentication;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// The last handler before the transport: a request leaves with <c>Token</c> and <c>Cabinet-Hash</c>
/// only when it goes to the API host over the API's scheme (or https). The authentication provider
/// adds them only for that host, but a redirect handler above re-sends what it was given, and a
/// caller's own redirect option decides for itself; this is the one place that holds for all of them.
/// </summary>
internal sealed class CredentialGuardHandler : DelegatingHandler
{
    private readonly Uri _api;

    public CredentialGuardHandler(Uri api)
    {
        _api = api;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } target && !RedirectPolicy.StaysOnHost(_api, target) && !SameOrigin(target))
        {
            request.Headers.Remove(CredentialHeaders.Token);
            request.Headers.Remove(CredentialHeaders.CabinetHash);
        }

        return base.SendAsync(request, cancellationToken);
    }

    // The API host itself, on the configured scheme and port (StaysOnHost also allows the https upgrade).
    private bool SameOrigin(Uri target) =>
        string.Equals(target.IdnHost, _api.IdnHost, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.Scheme, _api.Scheme, StringComparison.OrdinalIgnoreCase)
        && target.Port == _api.Port;
}
