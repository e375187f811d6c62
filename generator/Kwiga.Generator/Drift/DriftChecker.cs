using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift;

/// <summary>Compares the docs model with a contract: docs → contract are errors, contract → docs are info.</summary>
public static class DriftChecker
{
    /// <summary>All findings, errors first, each group in docs order.</summary>
    public static IReadOnlyList<DriftFinding> Check(DocsModel docs, ContractDocument contract)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<DriftFinding>();
        var contractOps = ContractOperation.All(contract.Model)
            .GroupBy(o => o.ShapeKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var op in docs.Operations)
        {
            if (!contractOps.TryGetValue(op.Key, out var contractOp))
            {
                findings.Add(new DriftFinding(DriftSeverity.Error, "missing-operation",
                    $"{op} is in the docs but not in the contract", op.Line) { Missing = new Suggest.MissingOperation(op) });
                continue;
            }

            findings.AddRange(OperationDrift.Check(op, contractOp));
        }

        var documented = docs.Operations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var op in contractOps.Values.Where(o => !documented.Contains(o.ShapeKey)))
        {
            findings.Add(new DriftFinding(DriftSeverity.Info, "undocumented-operation",
                $"{op.Display} is in the contract but not in the docs", null));
        }

        findings.AddRange(SchemaDrift.Check(docs.Schemas, contract));
        return findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Line ?? int.MaxValue)
            .ToList();
    }
}
