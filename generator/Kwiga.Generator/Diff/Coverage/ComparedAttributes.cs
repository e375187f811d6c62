using System.Text;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Coverage;

/// <summary>
/// Every public property of the Microsoft.OpenApi types the diff walks, either compared (with the kinds that
/// report it) or ignored (with the reason). A test reflects over those types, so a property a new
/// Microsoft.OpenApi version adds fails the build until it is placed here; the README's table is rendered
/// from this list.
/// </summary>
public static class ComparedAttributes
{
    private const string Docs = "description-changed (documentation)";
    private const string Examples = "example-changed";
    private const string Extensions = "extension-changed; kiota-extension-changed for x-ms-*";
    private const string Annotations = "Microsoft.OpenApi's in-memory annotations, never read from or written to a document.";
    private const string SchemaRules = "the schema rules at this site (type, format, enum, default, bounds, nullability, unions, properties...)";
    private const string Limits = "limit-narrowed/-widened on input, response-property-limit-changed on output";
    private const string Constraint = "as a constraint: added or changed counts as narrowed on input, removed as widened; response-property-limit-changed on output";
    private const string ResolvedWhereUsed = "compared where an operation uses it: the reader resolves references, so a change shows at every use";

    private static readonly AttributeCoverage[] Table =
    [
        .. Of<OpenApiDocument>(
            Compared("Paths", "operation-removed/-added, then each operation (below)"),
            Compared("Components", "its schemas and security schemes (below); the rest where operations use it"),
            Compared("Security", "security-requirement-narrowed/-widened at 'security'"),
            Compared("Servers", "server-removed/-added at 'servers'"),
            Compared("Info", Docs),
            Compared("ExternalDocs", Docs),
            Compared("Extensions", Extensions),
            Ignored("Tags", "Tag descriptions group the docs; Kiota ignores tags (an operation's tags are compared as tags-changed)."),
            Ignored("Webhooks", "Requests the API sends to the caller's own server (3.1); Kiota generates nothing for them and the contract declares none."),
            Ignored("JsonSchemaDialect", "Names the JSON Schema dialect (3.1); the reader applies it before anything is compared."),
            Ignored("BaseUri", "Where the reader loaded the document from, for resolving relative references; not part of the API."),
            Ignored("Self", "The document's own URI (3.2), for resolving references; not part of the API."),
            Ignored("Workspace", "The reader's cache of referenced documents; not part of the API."),
            Ignored("Metadata", Annotations)),
        .. Of<OpenApiComponents>(
            Compared("Schemas", "schema-renamed/-removed/-added/-extracted/-inlined/-ref-changed, unreferenced-schema-changed, and each component once per side it is used on"),
            Compared("SecuritySchemes", "security-scheme-* (below)"),
            Compared("Parameters", ResolvedWhereUsed),
            Compared("RequestBodies", ResolvedWhereUsed),
            Compared("Responses", ResolvedWhereUsed),
            Compared("Headers", ResolvedWhereUsed),
            Compared("Examples", ResolvedWhereUsed),
            Compared("MediaTypes", ResolvedWhereUsed),
            Compared("PathItems", ResolvedWhereUsed),
            Compared("Extensions", Extensions),
            Ignored("Links", "Design-time hints between operations; Kiota generates nothing and nothing on the wire changes."),
            Ignored("Callbacks", "Requests the API would send to the caller's server; Kiota generates nothing for them and the contract declares none.")),
        .. Of<OpenApiPathItem>(
            Compared("Operations", "operation-removed/-added (matched by method and path shape), then each operation"),
            Compared("Parameters", "merged into each operation's parameters"),
            Compared("Servers", "server-removed/-added at '<operation> servers'"),
            Compared("Summary", Docs),
            Compared("Description", Docs),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiOperation>(
            Compared("OperationId", "operation-id-changed"),
            Compared("Parameters", "parameter-removed/-added(-required), then each parameter (below)"),
            Compared("RequestBody", "request-body-added(-required)/-removed, then the body (below)"),
            Compared("Responses", "response-status-removed/-added, then each response (below)"),
            Compared("Security", "security-requirement-narrowed/-widened at '<operation> security'"),
            Compared("Servers", "server-removed/-added at '<operation> servers'"),
            Compared("Deprecated", "operation-deprecated, deprecation-removed"),
            Compared("Tags", "tags-changed"),
            Compared("Summary", Docs),
            Compared("Description", Docs),
            Compared("ExternalDocs", Docs),
            Compared("Extensions", Extensions),
            Ignored("Callbacks", "Requests the API would send to the caller's server; Kiota generates nothing for them and the contract declares none."),
            Ignored("Metadata", Annotations)),
        .. Of<OpenApiParameter>(
            Compared("In", "part of the match key (in, name): a change is parameter-removed + parameter-added"),
            Compared("Name", "part of the match key; path parameters match by position: path-parameter-renamed"),
            Compared("Required", "parameter-became-required/-optional, parameter-added-required"),
            Compared("Schema", $"{SchemaRules}; a type change that only widens the URL text is parameter-type-widened (SDK-breaking)"),
            Compared("Content", "parameter-serialization-changed (schema ↔ content), parameter-content-type-removed/-added, and its schema"),
            Compared("Style", "parameter-serialization-changed"),
            Compared("Explode", "parameter-serialization-changed"),
            Compared("AllowReserved", "parameter-serialization-changed"),
            Compared("AllowEmptyValue", "parameter-empty-value-disallowed/-allowed"),
            Compared("Deprecated", "parameter-deprecated, deprecation-removed"),
            Compared("Description", Docs),
            Compared("Example", Examples),
            Compared("Examples", Examples),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiRequestBody>(
            Compared("Required", "request-body-became-required/-optional"),
            Compared("Content", "request-content-type-removed/-added, and each media type (below) as input"),
            Compared("Description", Docs),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiResponse>(
            Compared("Content", "response-content-type-removed/-added, and each media type (below) as output"),
            Compared("Headers", "response-header-removed/-added, then each header (below)"),
            Compared("Description", Docs),
            Compared("Summary", Docs),
            Compared("Extensions", Extensions),
            Ignored("Links", "Design-time hints between operations; Kiota generates nothing and nothing on the wire changes.")),
        .. Of<OpenApiMediaType>(
            Compared("Schema", SchemaRules),
            Compared("ItemSchema", $"{SchemaRules}, at '[]' (3.2 sequential media types)"),
            Compared("Encoding", "request-encoding-changed/response-encoding-changed"),
            Compared("ItemEncoding", "request-encoding-changed/response-encoding-changed"),
            Compared("PrefixEncoding", "request-encoding-changed/response-encoding-changed"),
            Compared("Example", Examples),
            Compared("Examples", Examples),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiHeader>(
            Compared("Required", "response-header-became-optional/-required"),
            Compared("Schema", $"{SchemaRules}, as output"),
            Compared("Content", "response-header-serialization-changed (schema ↔ content), media types and their schema"),
            Compared("Style", "response-header-serialization-changed"),
            Compared("Explode", "response-header-serialization-changed"),
            Compared("AllowReserved", "response-header-serialization-changed"),
            Compared("AllowEmptyValue", "response-header-serialization-changed"),
            Compared("Deprecated", "response-property-deprecated, deprecation-removed"),
            Compared("Description", Docs),
            Compared("Example", Examples),
            Compared("Examples", Examples),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiSchema>(
            Compared("Type", "type-changed, parameter-type-widened, a type added to or dropped from a multi-type union: variant-added/-removed; 'null' in it: became-nullable/-non-nullable"),
            Compared("Format", "format-changed, classified by the C# type Kiota generates"),
            Compared("Enum", "enum-value-removed/-added, enum-introduced/-dropped, enum-member-renamed"),
            Compared("Const", "as a one-value enum: enum-value-removed/-added"),
            Compared("Default", "default-changed/-added/-removed (input: AIP-180; output: Kiota's model constructor sets it)"),
            Compared("Maximum", $"with exclusiveMaximum as one bound: {Limits}, page-size-maximum-narrowed/-widened"),
            Compared("ExclusiveMaximum", $"with maximum as one bound: {Limits}"),
            Compared("Minimum", $"with exclusiveMinimum as one bound: {Limits}"),
            Compared("ExclusiveMinimum", $"with minimum as one bound: {Limits}"),
            Compared("MaxLength", Limits),
            Compared("MinLength", Limits),
            Compared("Pattern", Limits),
            Compared("MaxItems", Limits),
            Compared("MinItems", Limits),
            Compared("UniqueItems", Limits),
            Compared("MaxProperties", Limits),
            Compared("MinProperties", Limits),
            Compared("MaxContains", Limits),
            Compared("MinContains", Limits),
            Compared("MultipleOf", Limits),
            Compared("AdditionalPropertiesAllowed", $"additionalProperties: false: {Limits}"),
            Compared("AdditionalProperties", $"{SchemaRules}, at '{{*}}'"),
            Compared("Properties", "property-removed/-added(-required), then each property"),
            Compared("Required", "property-became-required/-optional"),
            Compared("Items", $"{SchemaRules}, at '[]'"),
            Compared("AllOf", "merged into properties and required; allOf: [$ref] counts as the component"),
            Compared("AnyOf", "variant-added/-removed, JsonNull branch as nullability, sdk-type-changed, schema-extracted/-inlined/-ref-changed"),
            Compared("OneOf", "variant-added/-removed, JsonNull branch as nullability, sdk-type-changed"),
            Compared("Discriminator", "discriminator-changed"),
            Compared("ReadOnly", "request-property-became-read-only, access-mode-changed"),
            Compared("WriteOnly", "response-property-became-write-only, access-mode-changed"),
            Compared("Deprecated", "parameter-/request-property-/response-property-deprecated, deprecation-removed"),
            Compared("Not", Constraint),
            Compared("If", Constraint),
            Compared("Then", Constraint),
            Compared("Else", Constraint),
            Compared("Contains", Constraint),
            Compared("PropertyNames", Constraint),
            Compared("PatternProperties", Constraint),
            Compared("DependentRequired", Constraint),
            Compared("DependentSchemas", Constraint),
            Compared("UnevaluatedProperties", Constraint),
            Compared("UnevaluatedPropertiesSchema", Constraint),
            Compared("ContentSchema", Constraint),
            Compared("ContentEncoding", "format-changed (wire-breaking: the string is encoded differently)"),
            Compared("ContentMediaType", "format-changed (wire-breaking: the string is encoded differently)"),
            Compared("Extensions", $"x-kwiga-sdk-type: sdk-type-changed; x-kwiga-sdk-format: sdk-format-changed; x-kwiga-sdk-name: sdk-name-changed; x-ms-enum values: enum-member-renamed; others: {Extensions}"),
            Compared("UnrecognizedKeywords", "unknown-keyword-changed"),
            Compared("Description", Docs),
            Compared("Title", Docs),
            Compared("ExternalDocs", Docs),
            Compared("Example", Examples),
            Compared("Examples", Examples),
            Ignored("Xml", "XML serialisation hints; every media type of the API is JSON."),
            Ignored("Comment", "$comment: a note for schema authors, never shown to callers or tools."),
            Ignored("Id", "$id: identifies the schema for reference resolution, which the reader has done."),
            Ignored("Schema", "$schema: names the dialect, applied by the reader."),
            Ignored("Anchor", "$anchor: a reference target, resolved by the reader."),
            Ignored("DynamicAnchor", "$dynamicAnchor: 3.1 recursive-reference target; the 3.0 contract cannot contain it."),
            Ignored("DynamicRef", "$dynamicRef: 3.1 recursive reference; the 3.0 contract cannot contain it, and Microsoft.OpenApi does not resolve it."),
            Ignored("Definitions", "$defs: a container; each schema in it is compared where it is referenced."),
            Ignored("Vocabulary", "$vocabulary: belongs to meta-schemas, not to API schemas."),
            Ignored("Metadata", Annotations)),
        .. Of<OpenApiSecurityScheme>(
            Compared("Type", "security-scheme-type-changed (the other attributes then change with it and are not listed)"),
            Compared("Name", "security-scheme-name-changed"),
            Compared("In", "security-scheme-in-changed"),
            Compared("Scheme", "security-scheme-http-scheme-changed"),
            Compared("BearerFormat", "security-scheme-bearer-format-changed"),
            Compared("Flows", "security-scheme-flow-removed/-added (below)"),
            Compared("OpenIdConnectUrl", "security-scheme-url-changed"),
            Compared("OAuth2MetadataUrl", "security-scheme-url-changed"),
            Compared("Deprecated", "security-scheme-deprecated, deprecation-removed"),
            Compared("Description", Docs),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiOAuthFlows>(
            Compared("Implicit", "security-scheme-flow-removed/-added"),
            Compared("Password", "security-scheme-flow-removed/-added"),
            Compared("ClientCredentials", "security-scheme-flow-removed/-added"),
            Compared("AuthorizationCode", "security-scheme-flow-removed/-added"),
            Compared("DeviceAuthorization", "security-scheme-flow-removed/-added"),
            Compared("Extensions", Extensions)),
        .. Of<OpenApiOAuthFlow>(
            Compared("AuthorizationUrl", "security-scheme-url-changed"),
            Compared("TokenUrl", "security-scheme-url-changed"),
            Compared("RefreshUrl", "security-scheme-url-changed"),
            Compared("DeviceAuthorizationUrl", "security-scheme-url-changed"),
            Compared("Scopes", "security-scheme-scope-removed/-added (the scopes' descriptions are not compared)"),
            Compared("Extensions", Extensions)),
    ];

    /// <summary>Every attribute, grouped by owner in walking order.</summary>
    public static IReadOnlyList<AttributeCoverage> All => Table;

    /// <summary>The owners covered (the types a test reflects over).</summary>
    public static IReadOnlyList<Type> Owners => Table.Select(a => a.Owner).Distinct().ToList();

    /// <summary>The Markdown table the generator's README carries.</summary>
    public static string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("| object | attribute | compared | reported as / why not |\n| --- | --- | --- | --- |\n");
        foreach (var a in Table)
        {
            md.Append($"| {a.Owner.Name} | `{a.Attribute}` | {(a.Compared ? "yes" : "no")} | {a.Note.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return md.ToString();
    }

    private static IEnumerable<AttributeCoverage> Of<T>(params (string Name, bool Compared, string Note)[] entries) =>
        entries.Select(e => new AttributeCoverage(typeof(T), e.Name, e.Compared, e.Note));

    private static (string, bool, string) Compared(string name, string kinds) => (name, true, kinds);

    private static (string, bool, string) Ignored(string name, string reason) => (name, false, reason);
}
