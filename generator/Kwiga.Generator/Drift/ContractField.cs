using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Drift;

/// <summary>A contract parameter or property as drift compares it with the docs.</summary>
/// <param name="Schema">Its schema (null when a parameter declares none).</param>
/// <param name="Note">
/// The <c>x-kwiga-doc-note</c> recording a deliberate difference from the docs, found on the parameter, on
/// the schema, or on the union that carries <c>x-kwiga-sdk-type</c>; null when there is none.
/// </param>
public sealed record ContractField(IOpenApiSchema? Schema, string? Note)
{
    /// <summary>The extension that records a doc-vs-wire decision.</summary>
    public const string DocNote = "x-kwiga-doc-note";

    /// <summary>
    /// True when the contract records why it differs from the docs: a doc note, or a union of wire forms that
    /// names the branch the SDK exposes (<c>x-kwiga-sdk-type</c> sits only on such unions; the reader folds a
    /// union of bare types into one multi-type schema that keeps it).
    /// </summary>
    public bool RecordsDifference => Note is not null || SdkType is not null;

    /// <summary>The <c>x-kwiga-sdk-type</c> of the schema, if any.</summary>
    public string? SdkType => SchemaFacts.ExtensionString(SchemaFacts.Resolve(Schema)?.Extensions, "x-kwiga-sdk-type");

    /// <summary>A field with the note of its owner, else the note on its schema.</summary>
    public static ContractField Of(IOpenApiSchema? schema, string? note) =>
        new(schema, note ?? SchemaFacts.ExtensionString(schema?.Extensions, DocNote));
}
