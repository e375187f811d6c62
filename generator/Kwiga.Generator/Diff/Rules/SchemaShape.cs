using System.Globalization;
using System.Text;
using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// A canonical text of what a schema accepts (types, formats, enums, defaults, bounds, access mode, required,
/// properties, items, map values, composition), ignoring descriptions and examples. Equal shapes mean equal JSON on the wire, which
/// is how a rename is told apart from a removal plus an unrelated addition.
/// </summary>
public static class SchemaShape
{
    /// <summary>The canonical text. Nested component references are written by name, not expanded.</summary>
    public static string Of(IOpenApiSchema? schema)
    {
        var builder = new StringBuilder();
        Write(SchemaFacts.Resolve(schema), builder, depth: 0);
        return builder.ToString();
    }

    private static void Write(IOpenApiSchema? schema, StringBuilder b, int depth)
    {
        if (schema is null || depth > 12)
        {
            b.Append('?');
            return;
        }

        b.Append('{');
        b.Append("t=").Append(SchemaFacts.TypeName(schema));
        b.Append(";n=").Append(SchemaFacts.IsNullable(schema) ? '1' : '0');
        b.Append(";f=").Append(schema.Format);
        b.Append(";e=").AppendJoin(',', SchemaFacts.EnumValues(schema).Order(StringComparer.Ordinal));
        b.Append(";max=").Append(schema.Maximum).Append(";min=").Append(schema.Minimum);
        b.Append(";xmax=").Append(schema.ExclusiveMaximum).Append(";xmin=").Append(schema.ExclusiveMinimum);
        b.Append(";ml=").Append(schema.MaxLength?.ToString(CultureInfo.InvariantCulture));
        b.Append(";nl=").Append(schema.MinLength?.ToString(CultureInfo.InvariantCulture));
        b.Append(";mi=").Append(schema.MaxItems?.ToString(CultureInfo.InvariantCulture));
        b.Append(";ni=").Append(schema.MinItems?.ToString(CultureInfo.InvariantCulture));
        b.Append(";pat=").Append(schema.Pattern);
        b.Append(";d=").Append(schema.Default?.ToJsonString());
        b.Append(";ro=").Append(schema.ReadOnly ? '1' : '0').Append(";wo=").Append(schema.WriteOnly ? '1' : '0');
        b.Append(";ap=").Append(schema.AdditionalPropertiesAllowed ? '1' : '0');
        if (schema.AdditionalProperties is not null)
        {
            WriteMember(schema.AdditionalProperties, b, depth);
        }
        b.Append(";r=").AppendJoin(',', SchemaFacts.Required(schema).Order(StringComparer.Ordinal));
        b.Append(";p=");
        foreach (var (name, property) in SchemaFacts.Properties(schema).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            b.Append(name).Append(':');
            WriteMember(property, b, depth);
            b.Append(',');
        }

        b.Append(";i=");
        if (schema.Items is not null)
        {
            WriteMember(schema.Items, b, depth);
        }

        WriteList(";one=", schema.OneOf, b, depth);
        WriteList(";any=", schema.AnyOf, b, depth);
        b.Append('}');
    }

    private static void WriteMember(IOpenApiSchema member, StringBuilder b, int depth)
    {
        var name = SchemaFacts.ModelRefName(member);
        if (name is not null)
        {
            b.Append("$ref:").Append(name);
        }
        else
        {
            Write(member, b, depth + 1);
        }
    }

    private static void WriteList(string label, IList<IOpenApiSchema>? members, StringBuilder b, int depth)
    {
        b.Append(label);
        foreach (var member in members ?? [])
        {
            WriteMember(member, b, depth);
            b.Append('|');
        }
    }
}
