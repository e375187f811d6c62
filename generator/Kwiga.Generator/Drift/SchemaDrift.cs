using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Drift;

/// <summary>The docs' data schemas against the contract's component schemas (matched by exact name).</summary>
internal static class SchemaDrift
{
    public static IEnumerable<DriftFinding> Check(IReadOnlyList<DocSchema> schemas, ContractDocument contract)
    {
        var components = contract.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in schemas)
        {
            var named = schema.Fields.Where(f => f.IsNamed).Select(f => f.Name!).ToList();
            if (schema.Name is null)
            {
                yield return Headless(schema, named, components);
                continue;
            }

            if (!components.TryGetValue(schema.Name, out var component))
            {
                yield return new DriftFinding(DriftSeverity.Error, "missing-schema",
                    $"schema {schema.Name} is in the docs but not in the contract's components", schema.Line) { Missing = new Suggest.MissingSchema(schema) };
                continue;
            }

            var properties = ContractNames.PropertiesOf(component);
            foreach (var field in schema.Fields)
            {
                if (!field.IsNamed)
                {
                    yield return new DriftFinding(DriftSeverity.Info, "unnamed-field",
                        $"{schema.Name}: unnamed field in docs (\"{ResponseDrift.Short(field.Text)}\"), cannot check", field.Line);
                }
                else if (!properties.TryGetValue(field.Name!, out var property))
                {
                    yield return new DriftFinding(DriftSeverity.Error, "missing-schema-field",
                        $"{schema.Name}.{field.Name} ({field.Type}) is in the docs but not in the contract", field.Line)
                    {
                        Missing = new Suggest.MissingSchemaField(schema, field),
                    };
                }
                else if (TypeDrift.Check($"{schema.Name}.{field.Name}", field.Type, field.Nullable, ContractField.Of(property, note: null), isOutput: true, field.Line) is { } typeFinding)
                {
                    yield return typeFinding;
                }
            }

            var extra = properties.Keys.Except(named).Order(StringComparer.Ordinal).ToList();
            if (extra.Count > 0)
            {
                yield return new DriftFinding(DriftSeverity.Info, "undocumented-schema-field",
                    $"{schema.Name}: contract fields not named in the docs: {string.Join(", ", extra)}", schema.Line);
            }
        }

        var documented = schemas.Where(s => s.Name is not null).Select(s => s.Name!).ToHashSet(StringComparer.Ordinal);
        var undocumented = components.Keys.Where(k => !documented.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (undocumented.Count > 0)
        {
            yield return new DriftFinding(DriftSeverity.Info, "undocumented-schema",
                $"contract schemas not in the docs' schema section: {string.Join(", ", undocumented)}", null);
        }
    }

    private static DriftFinding Headless(DocSchema schema, IReadOnlyList<string> named, IDictionary<string, IOpenApiSchema> components)
    {
        var candidates = components
            .Where(c => named.All(n => ContractNames.PropertiesOf(c.Value).ContainsKey(n)))
            .OrderBy(c => ContractNames.PropertiesOf(c.Value).Count)
            .Select(c => c.Key)
            .Take(3)
            .ToList();
        var guess = candidates.Count == 0 ? "no contract schema has all of them" : $"contract candidates: {string.Join(", ", candidates)}";
        return new DriftFinding(DriftSeverity.Info, "unnamed-schema",
            $"schema heading lost in the dump (fields {string.Join(", ", named)}); {guess}", schema.Line);
    }
}
