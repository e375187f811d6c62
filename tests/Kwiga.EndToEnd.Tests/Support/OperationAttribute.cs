namespace Kwiga.EndToEnd.Tests.Support;

/// <summary>Names the contract operation (<c>operationId</c>) a test calls end to end; <c>OperationCoverageTests</c> checks every one has a test.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OperationAttribute(string operationId) : PropertyAttribute("operation", operationId)
{
    public string OperationId { get; } = operationId;
}
