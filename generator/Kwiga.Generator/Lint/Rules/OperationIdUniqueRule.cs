using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>operationIds are unique across the contract.</summary>
public sealed class OperationIdUniqueRule : ILintRule
{
    /// <inheritdoc />
    public string Id => "operation-id-unique";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract)
    {
        var groups = ContractOperation.All(contract.Model)
            .Where(op => !string.IsNullOrWhiteSpace(op.Operation.OperationId))
            .GroupBy(op => op.Operation.OperationId!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);

        foreach (var group in groups)
        {
            var all = string.Join(", ", group.Select(op => op.Display));
            foreach (var op in group)
            {
                yield return new LintFinding(Id, op.Pointer, $"operationId '{group.Key}' is used by {all}");
            }
        }
    }
}
