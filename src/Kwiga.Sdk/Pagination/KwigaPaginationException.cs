namespace Kwiga.Sdk;

/// <summary>
/// The server's pages did not advance (the same page came back twice): auto-pagination stopped
/// instead of looping. <see cref="KwigaApiException.Details"/> names the list's request.
/// </summary>
public sealed class KwigaPaginationException : KwigaApiException
{
    /// <summary>Creates the exception.</summary>
    public KwigaPaginationException(KwigaErrorDetails details, string problem)
        : base(details, $"{details?.DescribeRequest()}: {problem}", null)
    {
    }
}
