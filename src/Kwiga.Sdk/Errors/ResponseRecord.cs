using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Errors;

/// <summary>
/// The status and request line of a success response, noted by <see cref="Middleware.ErrorHandler"/>
/// for <see cref="Client.KwigaRequestAdapter"/>: when the body then fails to parse, the adapter sees
/// only the parser's exception, and the typed error it throws instead needs these facts. Noting is
/// per request, so it keeps references; the details are built only for an error.
/// </summary>
internal sealed class ResponseRecord : IRequestOption
{
    private HttpRequestMessage? _request;
    private int _statusCode;

    /// <summary>The facts (the method as sent, the path without the query), once a success response has come back; null before.</summary>
    public KwigaErrorDetails? Details =>
        _request is { } request ? KwigaErrorDetails.For(request, _statusCode) : null;

    /// <summary>Notes the response to <paramref name="request"/>.</summary>
    public void Note(HttpRequestMessage request, HttpResponseMessage response)
    {
        _request = request;
        _statusCode = (int)response.StatusCode;
    }
}
