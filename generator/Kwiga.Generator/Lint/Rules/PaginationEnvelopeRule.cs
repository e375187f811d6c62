using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>
/// A paginated list (an object with a <c>data</c> array plus <c>meta</c> and/or <c>links</c>) uses the shared
/// envelope: <c>meta</c> is <c>$ref: '#/components/schemas/PaginationMeta'</c> and <c>links</c> is
/// <c>$ref: '#/components/schemas/PaginationLinks'</c>, so the SDK's one generic page iterator fits every list.
/// </summary>
public sealed class PaginationEnvelopeRule : ILintRule
{
    /// <summary>Component that every list's <c>meta</c> must reference.</summary>
    public const string MetaSchema = "PaginationMeta";

    /// <summary>Component that every list's <c>links</c> must reference.</summary>
    public const string LinksSchema = "PaginationLinks";

    /// <inheritdoc />
    public string Id => "pagination-envelope";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract)
    {
        foreach (var (name, schema) in contract.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            foreach (var finding in CheckSchema(schema, ContractPointer.ComponentSchema(name), $"schema {name}"))
            {
                yield return finding;
            }
        }

        foreach (var op in ContractOperation.All(contract.Model))
        {
            foreach (var (code, response) in op.Operation.Responses ?? [])
            {
                foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
                {
                    if (content.Schema is null || SchemaFacts.RefName(content.Schema) is not null)
                    {
                        continue; // components are checked once above
                    }

                    var pointer = ContractPointer.Append(op.Pointer, "responses", code, "content", mediaType, "schema");
                    foreach (var finding in CheckSchema(content.Schema, pointer, $"{op.Display} {code}"))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private IEnumerable<LintFinding> CheckSchema(IOpenApiSchema schema, string pointer, string what)
    {
        var properties = SchemaFacts.Properties(schema);
        if (!properties.TryGetValue("data", out var data) || SchemaFacts.BaseType(data) != JsonSchemaType.Array)
        {
            yield break;
        }

        var hasMeta = properties.TryGetValue("meta", out var meta);
        var hasLinks = properties.TryGetValue("links", out var links);
        if (!hasMeta && !hasLinks)
        {
            yield break; // a plain list, not paginated
        }

        foreach (var finding in CheckPart(hasMeta, meta, "meta", MetaSchema, pointer, what))
        {
            yield return finding;
        }

        foreach (var finding in CheckPart(hasLinks, links, "links", LinksSchema, pointer, what))
        {
            yield return finding;
        }
    }

    private IEnumerable<LintFinding> CheckPart(
        bool present, IOpenApiSchema? schema, string property, string expected, string pointer, string what)
    {
        var propertyPointer = ContractPointer.Append(pointer, "properties", property);
        if (!present)
        {
            yield return new LintFinding(Id, pointer,
                $"{what} is a paginated list without '{property}'; add {property}: $ref '#/components/schemas/{expected}'");
            yield break;
        }

        var actual = SchemaFacts.RefName(schema);
        if (actual != expected)
        {
            var found = actual is null ? "an inline schema" : $"'#/components/schemas/{actual}'";
            yield return new LintFinding(Id, propertyPointer,
                $"{what}: '{property}' is {found}; use $ref '#/components/schemas/{expected}'");
        }
    }
}
