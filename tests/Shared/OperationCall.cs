using Kwiga.Sdk;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Testing;

/// <summary>One documented operation: how to call it through the client and what must go on the wire.</summary>
/// <param name="OperationId">The contract's operationId.</param>
/// <param name="Method">The HTTP method that must be sent.</param>
/// <param name="Url">The exact URL that must be sent (path and query).</param>
/// <param name="RequestJson">The JSON body that must be sent, or null for none.</param>
/// <param name="Invoke">Calls the operation and returns the typed result.</param>
/// <param name="InvokeAsSent">
/// For an operation whose resource comes in a <c>{"data": …}</c> envelope (<c>Invoke</c> returns the resource):
/// the <c>…EnvelopeAsync</c> call, which returns the whole response as sent.
/// </param>
internal sealed record OperationCall(
    string OperationId,
    HttpMethod Method,
    string Url,
    string? RequestJson,
    Func<KwigaClient, Task<IParsable?>> Invoke,
    Func<KwigaClient, Task<IParsable?>>? InvokeAsSent = null)
{
    /// <summary>The call that returns the whole response body: <see cref="InvokeAsSent"/>, or <see cref="Invoke"/> when the two are the same.</summary>
    public Func<KwigaClient, Task<IParsable?>> InvokeWhole => InvokeAsSent ?? Invoke;

    /// <inheritdoc />
    public override string ToString() => OperationId;
}
