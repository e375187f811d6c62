using Kwiga.Testing;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>One documented operation (<see cref="OperationCall"/>) with a check of its typed result.</summary>
public sealed class OperationCase
{
    private readonly OperationCall _call;

    internal OperationCase(OperationCall call, Action<IParsable> checkResult)
    {
        _call = call;
        CheckResult = checkResult;
    }

    /// <summary>The contract's operationId.</summary>
    public string OperationId => _call.OperationId;

    /// <summary>The HTTP method that must be sent.</summary>
    public HttpMethod Method => _call.Method;

    /// <summary>The exact URL that must be sent (path and query).</summary>
    public string Url => _call.Url;

    /// <summary>The JSON body that must be sent, or null for none.</summary>
    public string? RequestJson => _call.RequestJson;

    /// <summary>Calls the operation and returns the typed result.</summary>
    public Func<KwigaClient, Task<IParsable?>> Invoke => _call.Invoke;

    /// <summary>Calls the operation through the method that returns the whole response (the envelope where there is one).</summary>
    public Func<KwigaClient, Task<IParsable?>> InvokeWhole => _call.InvokeWhole;

    /// <summary>Whether <see cref="Invoke"/> returns the <c>data</c> of an envelope rather than the whole body.</summary>
    public bool Unwraps => _call.InvokeAsSent is not null;

    /// <summary>Asserts typed values of the result read from the docs' example.</summary>
    public Action<IParsable> CheckResult { get; }

    /// <inheritdoc />
    public override string ToString() => OperationId;
}
