namespace Kwiga.Generator.Drift;

/// <summary>How much a drift finding matters.</summary>
public enum DriftSeverity
{
    /// <summary>Worth knowing; never fails the command (contract-only items, lines the dump garbled).</summary>
    Info,

    /// <summary>Suspicious but not proof of drift (e.g. a name only an example uses).</summary>
    Warning,

    /// <summary>The docs show something the contract lacks; fails the command.</summary>
    Error,
}

/// <summary>One difference between the docs and the contract.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Code">Stable id, e.g. <c>missing-operation</c>.</param>
/// <param name="Message">What differs.</param>
/// <param name="Line">Docs line (1-based), or null for findings about the contract alone.</param>
public sealed record DriftFinding(DriftSeverity Severity, string Code, string Message, int? Line)
{
    /// <summary>For findings about something the docs have and the contract lacks: what it is (drift --suggest drafts it).</summary>
    public Suggest.Missing? Missing { get; init; }

    /// <summary><c>docs.txt:123: error: missing-operation: ...</c> (or the contract name when there is no line).</summary>
    public string Format(string docsFile, string contractFile) =>
        Line is { } line
            ? $"{docsFile}:{line}: {Severity.ToString().ToLowerInvariant()}: {Code}: {Message}"
            : $"{contractFile}: {Severity.ToString().ToLowerInvariant()}: {Code}: {Message}";
}
