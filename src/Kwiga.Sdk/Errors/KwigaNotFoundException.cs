namespace Kwiga.Sdk;

/// <summary>404 Not Found: the resource does not exist in this cabinet.</summary>
public sealed class KwigaNotFoundException : KwigaApiException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public KwigaNotFoundException(KwigaErrorDetails details)
        : base(details)
    {
    }
}
