namespace Kwiga.Sdk;

/// <summary>The server's pages did not advance (the same page came back twice); enumeration stopped.</summary>
public sealed class KwigaPaginationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KwigaPaginationException(string message)
        : base(message)
    {
    }
}
