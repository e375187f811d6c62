namespace Kwiga.Sdk;

/// <summary>
/// The KWIGA API answered with a success status, but the body is not the JSON the operation returns:
/// another content type (a proxy's or captive portal's HTML page answered 200), or JSON that does not
/// parse (a truncated body). The request may well have been processed, so a POST is not safe to
/// resend blindly. <see cref="KwigaApiException.Details"/> has the status, the request line and, for a
/// body of another type, an excerpt; <see cref="Exception.InnerException"/> the parser's error.
/// </summary>
public sealed class KwigaUnexpectedResponseException : KwigaApiException
{
    /// <summary>Creates the exception.</summary>
    public KwigaUnexpectedResponseException(KwigaErrorDetails details, string problem, Exception? innerException = null)
        : base(details, $"{details?.DescribeRequest()} with a body that is not the expected JSON: {problem}", innerException)
    {
    }
}
