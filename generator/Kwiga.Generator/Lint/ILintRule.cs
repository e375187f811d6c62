using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Lint;

/// <summary>A project-specific contract rule, checked on top of Redocly and Spectral.</summary>
public interface ILintRule
{
    /// <summary>Stable rule id printed with every finding.</summary>
    string Id { get; }

    /// <summary>Checks the contract and yields every violation.</summary>
    IEnumerable<LintFinding> Check(ContractDocument contract);
}
