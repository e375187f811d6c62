using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Which component schemas are reachable from requests, from responses, or both.</summary>
public sealed class SchemaUsage
{
    private readonly Dictionary<string, HashSet<SchemaScope>> _usage = new(StringComparer.Ordinal);

    private SchemaUsage()
    {
    }

    /// <summary>Scopes (<see cref="SchemaScope.Request"/>, <see cref="SchemaScope.Response"/>) in which a component is used.</summary>
    public IReadOnlySet<SchemaScope> Of(string component) =>
        _usage.TryGetValue(component, out var scopes) ? scopes : new HashSet<SchemaScope>();

    /// <summary>Walks every operation of the document and follows references transitively.</summary>
    public static SchemaUsage Compute(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var usage = new SchemaUsage();
        foreach (var op in ContractOperation.All(document))
        {
            foreach (var parameter in op.Parameters)
            {
                usage.Visit(parameter.Schema, SchemaScope.Request, 0);
            }

            foreach (var media in op.Operation.RequestBody?.Content?.Values ?? [])
            {
                usage.Visit(media.Schema, SchemaScope.Request, 0);
            }

            foreach (var response in op.Operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            {
                foreach (var media in response.Content?.Values ?? [])
                {
                    usage.Visit(media.Schema, SchemaScope.Response, 0);
                }
            }
        }

        return usage;
    }

    private void Visit(IOpenApiSchema? schema, SchemaScope scope, int depth)
    {
        if (schema is null || depth > 64)
        {
            return;
        }

        var name = SchemaFacts.RefName(schema);
        if (name is not null)
        {
            if (!_usage.TryGetValue(name, out var scopes))
            {
                _usage[name] = scopes = [];
            }

            if (!scopes.Add(scope))
            {
                return; // already walked in this scope
            }
        }

        var target = SchemaFacts.Resolve(schema);
        if (target is null)
        {
            return;
        }

        var children = (target.Properties?.Values ?? [])
            .Concat(target.AllOf ?? [])
            .Concat(target.OneOf ?? [])
            .Concat(target.AnyOf ?? [])
            .Append(target.Items)
            .Append(target.AdditionalProperties);
        foreach (var child in children)
        {
            Visit(child, scope, depth + 1);
        }
    }
}
