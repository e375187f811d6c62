using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Which redirects Kiota's <c>RedirectHandler</c> follows: those that stay on the host and port that
/// were asked (or go from <c>http</c> to <c>https</c> on that host). A redirect elsewhere is not
/// followed: the 3xx response goes up the chain and <see cref="ErrorHandler"/> turns it into a
/// <see cref="KwigaRedirectException"/> naming the target. Kiota's handler keeps custom headers
/// on every redirect it follows; <see cref="CredentialGuardHandler"/>, below it, removes the
/// credentials from anything bound elsewhere, whichever option (the SDK's or a caller's) decided.
/// </summary>
internal static class RedirectPolicy
{
    /// <summary>The option the SDK's redirect handler runs with.</summary>
    public static RedirectHandlerOption CreateOption() => new()
    {
        // An upgrade to https is a change of scheme Kiota refuses by default; ShouldFollow refuses the downgrade.
        AllowRedirectOnSchemeChange = true,
        ShouldRedirect = ShouldFollow,
    };

    /// <summary>Whether the redirect in <paramref name="response"/> stays where credentials may go.</summary>
    public static bool ShouldFollow(HttpResponseMessage response) =>
        response.RequestMessage?.RequestUri is { } from && TargetOf(response) is { IsAbsoluteUri: true } to && StaysOnHost(from, to);

    /// <summary>The absolute URL a redirect names (a relative <c>Location</c> resolved against the request); null without one.</summary>
    public static Uri? TargetOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null || location.IsAbsoluteUri)
        {
            return location;
        }

        return response.RequestMessage?.RequestUri is { } from ? new Uri(from, location) : location;
    }

    /// <summary>Same host and port with the same scheme, or http to https on the same host.</summary>
    internal static bool StaysOnHost(Uri from, Uri to)
    {
        if (!string.Equals(from.IdnHost, to.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(from.Scheme, to.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return from.Port == to.Port;
        }

        return from.Scheme == Uri.UriSchemeHttp && to.Scheme == Uri.UriSchemeHttps;
    }
}
