namespace Kwiga.Sdk;

/// <summary>
/// The KWIGA API answered with a redirect the SDK does not follow: to another host or port, or from
/// <c>https</c> down to <c>http</c>. The <c>Token</c> and <c>Cabinet-Hash</c> headers go only to the
/// configured API host, and a body from elsewhere is not KWIGA's answer, so the SDK stops here and
/// names the target instead. Usually <c>KwigaOptions.BaseUrl</c> points at an old or wrong address.
/// Redirects on the API host itself (and <c>http</c> to <c>https</c> there) are followed.
/// </summary>
public sealed class KwigaRedirectException : KwigaApiException
{
    /// <summary>Creates the exception from a redirect response.</summary>
    public KwigaRedirectException(KwigaErrorDetails details, Uri? target)
        : this(details, target, Describe(details, target))
    {
    }

    /// <summary>Creates the exception with its own message.</summary>
    internal KwigaRedirectException(KwigaErrorDetails details, Uri? target, string message)
        : base(details, message, null)
    {
        TargetHost = target?.IsAbsoluteUri == true ? target.Authority : null;
        Target = target?.IsAbsoluteUri == true ? new Uri(target.GetLeftPart(UriPartial.Path)) : null;
    }

    /// <summary>The host (and port, when not the scheme's default) the redirect named; null without a <c>Location</c>.</summary>
    public string? TargetHost { get; }

    /// <summary>Where the redirect pointed, without its query string (which may carry personal data).</summary>
    public Uri? Target { get; }

    private static string Describe(KwigaErrorDetails details, Uri? target)
    {
        var request = details?.DescribeRequest();
        return target?.IsAbsoluteUri == true
            ? $"{request} with a redirect to {target.GetLeftPart(UriPartial.Path)}; not followed: the SDK follows redirects only on the API host, so that credentials never reach another host or leave https. Check KwigaOptions.BaseUrl."
            : $"{request} with a redirect that names no target (no Location header); not followed.";
    }
}
