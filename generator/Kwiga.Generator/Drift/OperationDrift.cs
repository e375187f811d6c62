using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift;

/// <summary>Parameters and response fields of one operation that both the docs and the contract have.</summary>
internal static class OperationDrift
{
    public static IEnumerable<DriftFinding> Check(DocOperation op, ContractOperation contractOp)
    {
        var fields = ContractNames.InputFields(contractOp);
        var inputs = fields.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in op.Parameters.Where(p => !IsGroup(op, p)))
        {
            var finding = CheckParameter(op, parameter, inputs, contractOp)
                ?? (fields.TryGetValue(parameter.Name, out var field) ? CheckType(op, parameter, field) : null);
            if (finding is not null)
            {
                yield return finding;
            }
        }

        if (op.HasParameterTable || op.AliasOf is not null)
        {
            var docNames = op.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var docLeaves = op.Parameters.Select(p => p.Leaf).ToHashSet(StringComparer.Ordinal);
            var pathParameters = contractOp.Parameters
                .Where(p => p.In == Microsoft.OpenApi.ParameterLocation.Path)
                .Select(p => p.Name)
                .ToHashSet(StringComparer.Ordinal);
            var topLevel = inputs.Where(n => !n.Contains('.', StringComparison.Ordinal) && !pathParameters.Contains(n));
            foreach (var name in topLevel.Order(StringComparer.Ordinal))
            {
                var covered = docNames.Contains(name) || docLeaves.Contains(name)
                    || docNames.Any(d => d.StartsWith(name + ".", StringComparison.Ordinal));
                if (!covered)
                {
                    yield return new DriftFinding(DriftSeverity.Info, "undocumented-parameter",
                        $"{contractOp.Display}: contract input '{name}' is not in the docs' table", op.Line);
                }
            }
        }

        foreach (var finding in ResponseDrift.Check(op, contractOp))
        {
            yield return finding;
        }
    }

    private static DriftFinding? CheckParameter(DocOperation op, DocParameter parameter, IReadOnlySet<string> inputs, ContractOperation contractOp)
    {
        if (Present(parameter.Name, inputs))
        {
            return null;
        }

        if (parameter.ParentInferred && Present(parameter.Leaf, inputs))
        {
            return new DriftFinding(DriftSeverity.Info, "parameter-nesting-guessed",
                $"{op}: '{parameter.Name}' found only as '{parameter.Leaf}' (the dump loses nesting; the parent was guessed from layout)",
                parameter.Line);
        }

        var missing = new Suggest.MissingParameter(op, parameter, contractOp);
        var finding = parameter.Source switch
        {
            DocParameterSource.Example => new DriftFinding(DriftSeverity.Warning, "example-parameter-missing",
                $"{op}: '{parameter.Name}' appears only in a docs example and not in the contract", parameter.Line),
            DocParameterSource.Alias => new DriftFinding(DriftSeverity.Error, "missing-parameter",
                $"{op} (POST alias of {op.AliasOf}): body has no '{parameter.Name}'", parameter.Line),
            _ => new DriftFinding(DriftSeverity.Error, "missing-parameter",
                $"{op}: parameter '{parameter.Name}' ({parameter.Type}) is in the docs but not in the contract", parameter.Line),
        };
        return finding with { Missing = missing };
    }

    private static DriftFinding? CheckType(DocOperation op, DocParameter parameter, ContractField field)
    {
        var what = parameter.Source == DocParameterSource.Alias
            ? $"{op} (POST alias of {op.AliasOf}): body field '{parameter.Name}'"
            : $"{op}: parameter '{parameter.Name}'";
        return TypeDrift.Check(what, parameter.Type, docNullable: null, field, isOutput: false, parameter.Line);
    }

    /// <summary>An object row whose child rows follow it: the children are checked instead.</summary>
    internal static bool IsGroup(DocOperation op, DocParameter parameter) =>
        parameter.Type.StartsWith("object", StringComparison.Ordinal)
        && op.Parameters.Any(p => p.Source == parameter.Source && p.Name.StartsWith(parameter.Name + ".", StringComparison.Ordinal));

    /// <summary>Exact name, or a parent of contract names (<c>filters</c> covers <c>filters.date_from</c>).</summary>
    private static bool Present(string name, IReadOnlySet<string> inputs) =>
        inputs.Contains(name) || inputs.Any(n => n.StartsWith(name + ".", StringComparison.Ordinal));
}
