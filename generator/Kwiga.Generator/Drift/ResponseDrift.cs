using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift;

/// <summary>Fields the docs' "response structure" names, checked against the contract's 2xx responses.</summary>
internal static class ResponseDrift
{
    public static IEnumerable<DriftFinding> Check(DocOperation op, ContractOperation contractOp)
    {
        var topLevelFields = ContractNames.ResponseTopLevelFields(contractOp);
        var topLevel = topLevelFields.Keys.ToHashSet(StringComparer.Ordinal);
        var anywhere = ContractNames.ResponseFieldNames(contractOp);
        foreach (var field in op.ResponseFields)
        {
            if (!field.IsNamed)
            {
                yield return new DriftFinding(DriftSeverity.Info, "unnamed-field",
                    $"{op}: response field with no name in the docs (\"{Short(field.Text)}\"), cannot check", field.Line);
            }
            else if (field.Type == "inferred" && !topLevel.Contains(field.Name!))
            {
                yield return new DriftFinding(DriftSeverity.Error, "missing-response-field",
                    $"{op}: the docs describe a paginated response ('{field.Name}': \"{Short(field.Text)}\") but the contract's response has no top-level '{field.Name}'",
                    field.Line) { Missing = new Suggest.MissingResponseField(op, field, contractOp) };
            }
            else if (field.Type != "inferred" && !anywhere.Contains(field.Name!))
            {
                yield return new DriftFinding(DriftSeverity.Error, "missing-response-field",
                    $"{op}: response field '{field.Name}' ({field.Type}) is in the docs but not in the contract", field.Line)
                {
                    Missing = new Suggest.MissingResponseField(op, field, contractOp),
                };
            }
            else if (topLevelFields.TryGetValue(field.Name!, out var contractField)
                     && TypeDrift.Check($"{op}: response field '{field.Name}'", field.Type, null, contractField, isOutput: true, field.Line) is { } typeFinding)
            {
                // only top-level fields: a nested name may match a property of another object
                yield return typeFinding;
            }
        }
    }

    internal static string Short(string? text) =>
        text is null ? string.Empty : text.Length <= 70 ? text : text[..67] + "...";
}
