namespace Kwiga.Generator.Contracts;

/// <summary>Raised when a contract file cannot be read as an OpenAPI document.</summary>
public sealed class ContractLoadException : Exception
{
    /// <summary>Creates the exception with a message naming the file.</summary>
    public ContractLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's own error.</summary>
    public ContractLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
