namespace Kwiga.Sdk;

/// <summary>401 Unauthorized or 403 Forbidden: the token or cabinet hash is wrong, the API is not enabled for the cabinet, or the resource is for administrators only.</summary>
public sealed class KwigaAuthenticationException : KwigaApiException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public KwigaAuthenticationException(KwigaErrorDetails details)
        : base(details)
    {
    }
}
