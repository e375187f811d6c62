using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>Every operation has at least one tag, so the docs group it.</summary>
public sealed class OperationTagRequiredRule : ILintRule
{
    /// <inheritdoc />
    public string Id => "operation-tags";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract) =>
        ContractOperation.All(contract.Model)
            .Where(op => op.Operation.Tags is null || op.Operation.Tags.Count == 0)
            .Select(op => new LintFinding(Id, op.Pointer, $"{op.Display} has no tag"));
}
