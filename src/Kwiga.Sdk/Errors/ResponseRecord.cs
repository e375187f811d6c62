using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Errors;

/// <summary>
/// The status and request line of a success response, noted by <see cref="Middleware.ErrorHandler"/>
/// for <see cref="Client.KwigaRequestAdapter"/>: when the body then fails to parse, the adapter sees
/// only the parser's exception, and the typed error it throws instead needs these facts.
/// </summary>
internal sealed class ResponseRecord : IRequestOption
{
    /// <summary>The facts, once a success response has come back; null before.</summary>
    public KwigaErrorDetails? Details { get; private set; }

    /// <summary>Notes the response (the method as sent and the path without the query, as every KWIGA error has them).</summary>
    public void Note(HttpRequestMessage request, HttpResponseMessage response) =>
        Details = new KwigaErrorDetails((int)response.StatusCode, request.Method.Method, request.RequestUri?.AbsolutePath ?? "?", null, null);
}
