using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// Turns the drift findings about things the docs have and the contract lacks into YAML drafts placed where
/// a maintainer edits: a parameter under its operation (or a property of the request body's component), a
/// property under its component (with type, nullable, <c>x-kwiga-conditional</c> and the docs' description),
/// a component, or an operation stub under its path.
/// </summary>
public static class Suggester
{
    /// <summary>The drafts for every finding that carries what is missing, grouped by where they go.</summary>
    public static IReadOnlyList<Suggestion> Suggest(IReadOnlyList<DriftFinding> findings, ContractDocument contract, string docsName)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(contract);
        var raw = new RawContract(contract.Raw);
        var added = findings.Select(f => f.Missing).OfType<MissingSchema>().Select(m => m.Schema.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var components = contract.Model.Components?.Schemas ?? new Dictionary<string, Microsoft.OpenApi.IOpenApiSchema>();
        var schemas = new SchemaDraft(name => components.ContainsKey(name) || added.Contains(name));
        var inputs = new InputDraft(schemas);
        var stubs = new OperationStub(contract, raw, schemas);
        var drafts = new DraftSet(raw);

        foreach (var finding in findings.Where(f => f.Missing is not null))
        {
            var reason = $"{docsName}:{finding.Line}: {finding.Message}";
            switch (finding.Missing)
            {
                case MissingOperation m:
                    var path = ContractPath(contract, m.Operation.Path);
                    drafts.AddToMap("#/paths", path, m.Operation.Method.ToLowerInvariant(), stubs.Build(m.Operation, path), reason);
                    break;
                case MissingParameter m:
                    AddParameter(drafts, raw, inputs, m, reason);
                    break;
                case MissingResponseField m when raw.ResponseSchema(m.Contract) is { } response:
                    drafts.AddToMap(raw.ObjectOf(response), "properties", m.Field.Name!, stubs.ResponseField(m.Field), reason);
                    break;
                case MissingSchema m:
                    drafts.AddToMap("#/components", "schemas", m.Schema.Name!, Component(schemas, m.Schema), reason);
                    break;
                case MissingSchemaField m when raw.Follow(ContractPointer.ComponentSchema(m.Schema.Name!)) is { } component:
                    drafts.AddToMap(raw.ObjectOf(component), "properties", m.Field.Name!, Property(schemas, m.Field), reason);
                    break;
            }
        }

        return drafts.ToList();
    }

    /// <summary>
    /// The documented path with the placeholder names of the longest contract path it extends
    /// (<c>/contacts/{id}/notes</c> → <c>/contacts/{contact}/notes</c>), so one item keeps one name.
    /// </summary>
    private static string ContractPath(ContractDocument contract, string docsPath)
    {
        var segments = docsPath.Split('/');
        var best = (contract.Model.Paths?.Keys ?? Enumerable.Empty<string>())
            .Select(p => p.Split('/'))
            .Where(p => p.Length <= segments.Length && p.Select((s, i) => SameSlot(s, segments[i])).All(same => same))
            .MaxBy(p => p.Length);
        return best is null ? docsPath : string.Join('/', best.Concat(segments.Skip(best.Length)));
    }

    private static bool SameSlot(string contractSegment, string docsSegment) =>
        contractSegment == docsSegment || (contractSegment.StartsWith('{') && docsSegment.StartsWith('{'));

    private static void AddParameter(DraftSet drafts, RawContract raw, InputDraft inputs, MissingParameter m, string reason)
    {
        var body = m.Parameter.Source == DocParameterSource.Example ? null : raw.RequestSchema(m.Contract);
        if (body is null)
        {
            drafts.AddToList(m.Contract.Pointer, "parameters", inputs.QueryParameter(m.Parameter), reason);
            return;
        }

        var (owner, depth) = raw.Deepest(body, m.Parameter.Name.Split('.'));
        var draft = new JsonObject();
        inputs.AddBodyProperty(draft, m.Parameter, depth, m.Operation.Parameters);
        var target = raw.ObjectOf(owner);
        foreach (var (name, value) in ((JsonObject)draft["properties"]!).ToList())
        {
            ((JsonObject)draft["properties"]!).Remove(name);
            drafts.AddToMap(target, "properties", name, value!, reason);
        }

        foreach (var name in draft["required"] as JsonArray ?? [])
        {
            drafts.AddToList(target, "required", name!.DeepClone(), reason);
        }
    }

    private static JsonObject Component(SchemaDraft schemas, DocSchema schema)
    {
        var properties = new JsonObject();
        foreach (var field in schema.Fields.Where(f => f.IsNamed))
        {
            properties[field.Name!] = Property(schemas, field);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties };
    }

    /// <summary>A property: type, nullable, and for a conditional field the condition in both places lint checks.</summary>
    private static JsonObject Property(SchemaDraft schemas, DocField field)
    {
        var description = field.Description;
        var schema = schemas.For(field.Type, field.Nullable, wrapReference: description is not null || field.Conditional, isOutput: true);
        if (field.Conditional)
        {
            var condition = field.Condition ?? "Included under a condition the docs do not state.";
            description = description is null ? $"Conditional: {condition}" : $"{description.TrimEnd('.')}. Conditional: {condition}";
            schema["x-kwiga-conditional"] = condition;
        }

        return description is null ? schema : InputDraft.WithDescription(schema, description);
    }
}
