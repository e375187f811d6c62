namespace Kwiga.Sdk;

/// <summary>The client's options are invalid; <see cref="Problems"/> lists what to fix.</summary>
public sealed class KwigaConfigurationException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public KwigaConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid KWIGA client options: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
