namespace Kwiga.Generator.Commands;

/// <summary>The command line does not match the command's usage.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
