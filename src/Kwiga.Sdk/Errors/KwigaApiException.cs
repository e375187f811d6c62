using Kwiga.Sdk.Internal;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk;

/// <summary>
/// A call to the KWIGA API failed: this type, or one derived from it, is what every SDK call throws
/// (apart from your own cancellation, which stays an <see cref="OperationCanceledException"/>). Catch a
/// subclass for a specific case: a failed status (<see cref="KwigaAuthenticationException"/>,
/// <see cref="KwigaNotFoundException"/>, <see cref="KwigaValidationException"/>,
/// <see cref="KwigaRateLimitException"/>, <see cref="KwigaServerException"/>), an answer that is not
/// KWIGA's (<see cref="KwigaUnexpectedResponseException"/>, <see cref="KwigaRedirectException"/>), no
/// complete answer at all (<see cref="KwigaTransportException"/>, <see cref="KwigaTimeoutException"/>),
/// a list that repeats itself (<see cref="KwigaPaginationException"/>); or this type for all of them.
/// <see cref="Details"/> has the request line (no query string, no credentials) and what came back.
/// Derives from Kiota's <see cref="ApiException"/>, so existing Kiota error handling keeps working.
/// </summary>
public class KwigaApiException : ApiException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public KwigaApiException(KwigaErrorDetails details)
        : this(details, Guard.NotNull(details, nameof(details)).Describe(), null)
    {
    }

    /// <summary>Creates the exception with its own message.</summary>
    protected KwigaApiException(KwigaErrorDetails details, string message, Exception? innerException)
        : base(message, innerException!)
    {
        Details = Guard.NotNull(details, nameof(details));
        ResponseStatusCode = details.StatusCode;
    }

    /// <summary>The request line and what the response said: status (0 without a response), the server's message, a body excerpt.</summary>
    public KwigaErrorDetails Details { get; private set; }

    /// <summary>The server's <c>message</c>, when the body carried one.</summary>
    public string? ServerMessage => Details.ServerMessage;

    /// <summary>
    /// Names the request of a failure raised where the request was not at hand (a rate limiter of your
    /// own, Kiota.Sdk.Redis's limiter): the outermost handler fills it in before the caller sees it.
    /// </summary>
    internal void AttachRequest(HttpRequestMessage request)
    {
        if (Details.Method == KwigaErrorDetails.Unknown)
        {
            Details = KwigaErrorDetails.For(request, Details.StatusCode, Details.ServerMessage, Details.BodyExcerpt);
        }
    }
}
