using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>format</c> changes, classified by the C# type Kiota 1.38 generates (measured): integer → <c>int</c>,
/// int64 → <c>long</c>; number → <c>double</c>, float → <c>float</c>, decimal → <c>decimal</c>;
/// string date-time → <c>DateTimeOffset</c>, date → <c>Date</c>, time → <c>Time</c>, uuid → <c>Guid</c>,
/// duration → <c>TimeSpan</c>, byte → <c>byte[]</c>; other string formats (email, uri...) stay <c>string</c>.
/// Same C# type: non-breaking. Different C# type with the same JSON text: SDK-breaking. JSON text that
/// changes shape (date ↔ date-time) or a narrower integer on output: wire-breaking.
/// </summary>
public static class FormatChange
{
    private static readonly HashSet<string> TextCompatible = ["string", "DateTimeOffset", "Guid", "TimeSpan", "Time"];

    /// <summary>Reports a format change at the site, if any.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        var was = b.Format ?? string.Empty;
        var now = h.Format ?? string.Empty;
        if (was == now)
        {
            return;
        }

        var type = SchemaFacts.BaseType(h) ?? SchemaFacts.BaseType(b);
        var (cls, why) = Classify(type, was, now, site.Scope);
        ctx.Add(site.Kind("format-changed"), site.Location,
            $"format '{Show(was)}' → '{Show(now)}': {why}", cls);
    }

    /// <summary>Classification and explanation for a format change of a value of <paramref name="type"/>.</summary>
    public static (ChangeClass Class, string Why) Classify(JsonSchemaType? type, string was, string now, SchemaScope scope)
    {
        var before = CSharpType(type, was);
        var after = CSharpType(type, now);
        if (before == after)
        {
            return (ChangeClass.NonBreaking, $"Kiota keeps C# type {before}");
        }

        var change = $"Kiota's C# type {before} → {after}";
        if (before == "long" && after == "int" && !scope.IsInput())
        {
            return (ChangeClass.WireBreaking, $"{change}; values above 2^31 no longer fit");
        }

        if (IsNumber(before) && IsNumber(after))
        {
            return (ChangeClass.SdkBreaking, $"{change}; the JSON number is unchanged");
        }

        if (TextCompatible.Contains(before) && TextCompatible.Contains(after) && (before == "string" || after == "string"))
        {
            return (ChangeClass.SdkBreaking, $"{change}; the JSON text is unchanged if it already had that form");
        }

        return (ChangeClass.WireBreaking, $"{change}; the JSON value changes shape");
    }

    /// <summary>The C# type Kiota generates for a type/format pair.</summary>
    public static string CSharpType(JsonSchemaType? type, string format) => (type, format) switch
    {
        (JsonSchemaType.Integer, "int64") => "long",
        (JsonSchemaType.Integer, _) => "int",
        (JsonSchemaType.Number, "float") => "float",
        (JsonSchemaType.Number, "decimal") => "decimal",
        (JsonSchemaType.Number, "int32") => "int",
        (JsonSchemaType.Number, "int64") => "long",
        (JsonSchemaType.Number, _) => "double",
        (JsonSchemaType.String, "date-time") => "DateTimeOffset",
        (JsonSchemaType.String, "date") => "Date",
        (JsonSchemaType.String, "time") => "Time",
        (JsonSchemaType.String, "duration") => "TimeSpan",
        (JsonSchemaType.String, "uuid") => "Guid",
        (JsonSchemaType.String, "byte" or "base64") => "byte[]",
        (JsonSchemaType.String, "binary") => "Stream",
        (JsonSchemaType.String, _) => "string",
        _ => string.IsNullOrEmpty(format) ? "object" : format,
    };

    private static bool IsNumber(string csharpType) => csharpType is "int" or "long" or "float" or "double" or "decimal";

    private static string Show(string format) => format.Length == 0 ? "(none)" : format;
}
