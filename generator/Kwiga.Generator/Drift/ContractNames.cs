using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Drift;

/// <summary>The names a contract operation or schema exposes, in the dotted form the docs use.</summary>
public static class ContractNames
{
    private const int MaxDepth = 6;

    /// <summary>
    /// Inputs of an operation: parameters (<c>filters[date_from]</c> → <c>filters.date_from</c>, <c>with[]</c> →
    /// <c>with</c>) and request-body properties, nested ones dotted (array items add no segment).
    /// </summary>
    public static IReadOnlySet<string> Inputs(ContractOperation op) =>
        InputFields(op).Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The inputs of <see cref="Inputs"/> with their schema and the <c>x-kwiga-doc-note</c> that records a
    /// deliberate difference from the docs (on the parameter, or on the property or parameter schema).
    /// </summary>
    public static IReadOnlyDictionary<string, ContractField> InputFields(ContractOperation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        var fields = new Dictionary<string, ContractField>(StringComparer.Ordinal);
        foreach (var parameter in op.Parameters.Where(p => p.In != ParameterLocation.Header))
        {
            var note = SchemaFacts.ExtensionString(parameter.Extensions, ContractField.DocNote);
            fields.TryAdd(QueryNames.ToDotted(parameter.Name ?? string.Empty), ContractField.Of(parameter.Schema, note));
        }

        foreach (var media in op.Operation.RequestBody?.Content?.Values ?? [])
        {
            Flatten(media.Schema, prefix: string.Empty, fields, depth: 0);
        }

        return fields;
    }

    /// <summary>Every property name reachable from the operation's 2xx responses, at any depth.</summary>
    public static IReadOnlySet<string> ResponseFieldNames(ContractOperation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        var fields = new Dictionary<string, ContractField>(StringComparer.Ordinal);
        foreach (var (code, response) in op.Operation.Responses ?? [])
        {
            if (!ResponseCodes.IsSuccess(code))
            {
                continue;
            }

            foreach (var media in response.Content?.Values ?? [])
            {
                Flatten(media.Schema, string.Empty, fields, depth: 0);
            }
        }

        var dotted = fields.Keys.ToList();
        var leaves = dotted.Select(n => n[(n.LastIndexOf('.') + 1)..]);
        return dotted.Concat(leaves).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Top-level properties of the operation's 2xx responses.</summary>
    public static IReadOnlySet<string> ResponseTopLevel(ContractOperation op) =>
        ResponseTopLevelFields(op).Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Top-level properties of the operation's 2xx responses with their schemas (the first response wins).</summary>
    public static IReadOnlyDictionary<string, ContractField> ResponseTopLevelFields(ContractOperation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        var fields = new Dictionary<string, ContractField>(StringComparer.Ordinal);
        foreach (var (name, property) in (op.Operation.Responses ?? [])
                     .Where(r => ResponseCodes.IsSuccess(r.Key))
                     .SelectMany(r => r.Value.Content?.Values ?? [])
                     .SelectMany(m => PropertiesOf(m.Schema)))
        {
            fields.TryAdd(name, ContractField.Of(property, note: null));
        }

        return fields;
    }

    /// <summary>Properties of a schema, through <c>allOf</c> and through every <c>anyOf</c>/<c>oneOf</c> branch.</summary>
    public static IReadOnlyDictionary<string, IOpenApiSchema> PropertiesOf(IOpenApiSchema? schema)
    {
        var result = new Dictionary<string, IOpenApiSchema>(SchemaFacts.Properties(schema), StringComparer.Ordinal);
        var target = SchemaFacts.Resolve(schema);
        foreach (var branch in (target?.AnyOf ?? []).Concat(target?.OneOf ?? []))
        {
            foreach (var (name, property) in SchemaFacts.Properties(branch))
            {
                result.TryAdd(name, property);
            }
        }

        return result;
    }

    private static void Flatten(IOpenApiSchema? schema, string prefix, Dictionary<string, ContractField> into, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return;
        }

        var target = SchemaFacts.Resolve(schema);
        if (target?.Items is not null)
        {
            Flatten(target.Items, prefix, into, depth + 1);
        }

        foreach (var (name, property) in PropertiesOf(schema))
        {
            var full = prefix.Length == 0 ? name : $"{prefix}.{name}";
            into.TryAdd(full, ContractField.Of(property, note: null));
            Flatten(property, full, into, depth + 1);
        }
    }
}
