namespace Kwiga.Sdk;

/// <summary>5xx: a failure on KWIGA's side (500) or maintenance (503). Not retried automatically for requests the server may have processed (POST).</summary>
public sealed class KwigaServerException : KwigaApiException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public KwigaServerException(KwigaErrorDetails details)
        : base(details)
    {
    }
}
