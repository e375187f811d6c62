using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>Every operation has an operationId (used by docs, approvals and POST aliases).</summary>
public sealed class OperationIdRequiredRule : ILintRule
{
    /// <inheritdoc />
    public string Id => "operation-id";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract) =>
        ContractOperation.All(contract.Model)
            .Where(op => string.IsNullOrWhiteSpace(op.Operation.OperationId))
            .Select(op => new LintFinding(Id, op.Pointer, $"{op.Display} has no operationId"));
}
