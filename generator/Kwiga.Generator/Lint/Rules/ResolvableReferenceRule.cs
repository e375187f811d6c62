using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>
/// Every <c>$ref</c> resolves. Kiota only warns about a dangling reference and types the member as
/// <c>UntypedNode</c>, so the mistake would otherwise surface as a quietly weaker SDK.
/// </summary>
public sealed class ResolvableReferenceRule : ILintRule
{
    /// <inheritdoc />
    public string Id => "unresolved-ref";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract) =>
        contract.Warnings.Select(w => new LintFinding(Id, w.Pointer, w.Message));
}
