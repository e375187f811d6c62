using Kwiga.Sdk;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.TrimTests;

/// <summary>One operation called through the trimmed SDK: what must go on the wire, and the call.</summary>
/// <param name="OperationId">The contract's operationId; its 200 examples are served one after the other.</param>
/// <param name="Method">The HTTP method that must be sent.</param>
/// <param name="PathAndQuery">The exact path and query that must be sent.</param>
/// <param name="RequestJson">The JSON body that must be sent, or null for none.</param>
/// <param name="Invoke">Calls the operation and returns the typed result.</param>
internal sealed record TrimCase(
    string OperationId,
    HttpMethod Method,
    string PathAndQuery,
    string? RequestJson,
    Func<KwigaClient, Task<IParsable?>> Invoke);
