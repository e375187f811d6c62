using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Drift;

/// <summary>
/// The mapping between the docs' type words and contract schemas that the transcription follows:
/// <c>integer</c>, <c>number</c>, <c>boolean</c> and <c>object</c> as themselves; <c>string</c> as a string
/// that is not a date (a <c>$ref</c> to a string enum component is a string); <c>datetime</c> and <c>date</c>
/// as a string with <c>format: date-time</c> or <c>date</c> (the docs' own examples send dates to datetime
/// filters), and on input also as a plain string: the contract's decision 44 (openapi/README.md) declares the
/// date filters that way so both forms pass; <c>X[]</c> as an array of X; a schema name as a <c>$ref</c> to
/// that component (also wrapped in <c>allOf</c>, or as <c>anyOf: [X, JsonNull]</c>). A union accepts a docs
/// type when one of its branches does (the reader folds <c>anyOf</c> of bare types into one multi-type schema).
/// </summary>
public static class TypeMapping
{
    private static readonly HashSet<string> DateFormats = new(StringComparer.Ordinal) { "date-time", "date" };

    /// <summary>True when the contract schema accepts a value of the documented form.</summary>
    /// <param name="form">The documented form.</param>
    /// <param name="schema">The contract's schema.</param>
    /// <param name="isInput">True for a parameter or request field (a plain string then accepts a date).</param>
    public static bool Accepts(DocTypeForm form, IOpenApiSchema? schema, bool isInput)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (schema is null)
        {
            return false;
        }

        var component = SchemaFacts.ModelRefName(schema);
        if (component is not null && !form.IsArray && form.IsSchemaName)
        {
            return component == form.Name;
        }

        var branches = Branches(schema);
        if (branches.Count > 0)
        {
            return branches.Any(branch => Accepts(form, branch, isInput));
        }

        var target = TypeCarrier(schema);
        var type = SchemaFacts.BaseType(target) ?? JsonSchemaType.Null;
        if (form.IsArray)
        {
            return type.HasFlag(JsonSchemaType.Array) && Accepts(form with { IsArray = false }, target!.Items, isInput);
        }

        var format = target?.Format ?? string.Empty;
        return form.Name switch
        {
            "integer" => type.HasFlag(JsonSchemaType.Integer),
            "number" => type.HasFlag(JsonSchemaType.Number),
            "boolean" => type.HasFlag(JsonSchemaType.Boolean),
            "string" => type.HasFlag(JsonSchemaType.String) && !DateFormats.Contains(format),
            "datetime" or "date" => type.HasFlag(JsonSchemaType.String) && (DateFormats.Contains(format) || (isInput && format.Length == 0)),
            "object" => IsObject(target),
            _ => false, // a schema name needs a $ref
        };
    }

    /// <summary>True when the schema admits null: <c>nullable</c>, a null type, or a <c>JsonNull</c> branch.</summary>
    public static bool IsNullable(IOpenApiSchema? schema) =>
        SchemaFacts.IsNullable(schema)
        || AllBranches(schema).Any(b => SchemaFacts.RefName(b) == "JsonNull" || SchemaFacts.IsNullable(b));

    /// <summary>The schema in the docs' words, for messages: <c>string (date-time)</c>, <c>integer[]</c>, <c>Contact</c>, <c>string|integer</c>.</summary>
    public static string Describe(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return "nothing";
        }

        if (SchemaFacts.ModelRefName(schema) is { } component)
        {
            return component;
        }

        var branches = Branches(schema);
        if (branches.Count > 0)
        {
            return string.Join("|", branches.Select(Describe));
        }

        var target = SchemaFacts.Resolve(schema);
        if (SchemaFacts.BaseType(target) == JsonSchemaType.Array)
        {
            return Describe(target!.Items) + "[]";
        }

        return string.IsNullOrEmpty(target?.Format) ? SchemaFacts.TypeName(target) : $"{SchemaFacts.TypeName(target)} ({target!.Format})";
    }

    /// <summary>The non-null branches of an <c>anyOf</c>/<c>oneOf</c>; empty for other schemas.</summary>
    public static IReadOnlyList<IOpenApiSchema> Branches(IOpenApiSchema? schema) =>
        AllBranches(schema).Where(b => SchemaFacts.RefName(b) != "JsonNull").ToList();

    private static IEnumerable<IOpenApiSchema> AllBranches(IOpenApiSchema? schema)
    {
        var target = SchemaFacts.Resolve(schema);
        return (target?.AnyOf ?? []).Concat(target?.OneOf ?? []);
    }

    /// <summary>The schema that carries the type: the component behind a <c>$ref</c> or an <c>allOf: [$ref]</c> wrapper (a $ref to a string enum is a string).</summary>
    private static IOpenApiSchema? TypeCarrier(IOpenApiSchema schema) =>
        schema is { AllOf: [var only] } && SchemaFacts.RefName(schema) is null && SchemaFacts.ModelRefName(schema) is not null
            ? SchemaFacts.Resolve(only)
            : SchemaFacts.Resolve(schema);

    private static bool IsObject(IOpenApiSchema? schema) =>
        schema is not null && ((SchemaFacts.BaseType(schema) ?? JsonSchemaType.Null).HasFlag(JsonSchemaType.Object)
            || SchemaFacts.Properties(schema).Count > 0 || schema.AdditionalProperties is not null);
}
