using Kwiga.Sdk.Internal;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk;

/// <summary>
/// The KWIGA API answered with a non-success status, or with a success status and a body that is not
/// the expected JSON. Catch a subclass for a specific case (<see cref="KwigaAuthenticationException"/>,
/// <see cref="KwigaNotFoundException"/>, <see cref="KwigaValidationException"/>,
/// <see cref="KwigaRateLimitException"/>, <see cref="KwigaServerException"/>,
/// <see cref="KwigaUnexpectedResponseException"/>) or this type for all of them. Derives from Kiota's
/// <see cref="ApiException"/>, so existing Kiota error handling keeps working.
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

    /// <summary>What the response said: status, request line, the server's message, a body excerpt.</summary>
    public KwigaErrorDetails Details { get; }

    /// <summary>The server's <c>message</c>, when the body carried one.</summary>
    public string? ServerMessage => Details.ServerMessage;
}
