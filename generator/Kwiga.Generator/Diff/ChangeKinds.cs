using static Kwiga.Generator.Diff.ChangeClass;

namespace Kwiga.Generator.Diff;

/// <summary>
/// Every change kind the diff reports. Requests and responses are judged separately: a change that widens
/// what the server accepts is harmless on input, the same change on output can break readers. SDK rules
/// follow what Kiota 1.38 generates: request builders from path segments (<c>{id}</c> gives
/// <c>WithIdItemRequestBuilder</c>), methods from HTTP verbs, models from component names (inline schemas
/// from path + verb, e.g. <c>WithContactGetResponse</c>), properties from JSON names PascalCased, query
/// parameter classes from path + verb. operationId is not used for C# names.
/// </summary>
public static class ChangeKinds
{
    private const string Docs = "Nobody: documentation only (the SDK's XML doc comments follow).";
    private const string Compatible = "Nobody: existing requests and responses stay valid.";

    private static readonly ChangeKind[] Catalogue =
    [
        // operations
        new("operation-removed", WireBreaking, "Every caller of the endpoint: the server no longer serves it and the SDK method disappears."),
        new("operation-added", NonBreaking, "Nobody: a new request builder or method appears."),
        new("operation-id-changed", NonBreaking, "Nobody: Kiota names methods from the path and HTTP verb, never from operationId; only approvals or docs keyed by operationId move."),
        new("operation-deprecated", NonBreaking, "Nobody yet: Kiota marks the method [Obsolete], so builds with warnings-as-errors notice."),
        new("deprecation-removed", NonBreaking, "Nobody: a deprecation was withdrawn (Kiota drops the [Obsolete])."),
        new("path-parameter-renamed", SdkBreaking, "SDK users naming the item builder type or setting PathParameters by key: Kiota names the builder With{Name}ItemRequestBuilder; the URL on the wire is unchanged."),
        new("tags-changed", NonBreaking, "Nobody: Kiota ignores tags; docs grouping changes."),
        new("description-changed", NonBreaking, Docs),
        new("example-changed", NonBreaking, Docs),

        // parameters (always input)
        new("parameter-removed", WireBreaking, "Callers sending it: the server ignores or rejects it, and the SDK's query-parameter property disappears."),
        new("parameter-added", NonBreaking, Compatible),
        new("parameter-added-required", WireBreaking, "Every caller: requests without the new parameter are rejected."),
        new("parameter-became-required", WireBreaking, "Callers that omit it: their requests are now rejected."),
        new("parameter-became-optional", NonBreaking, Compatible),
        new("parameter-type-changed", WireBreaking, "Callers sending values the new type does not allow: rejected (a path parameter that became an integer turns /contacts/abc into a 404); the SDK's C# type changes too."),
        new("parameter-type-widened", SdkBreaking, "SDK users: every value the old type allowed is still valid text in the URL (an integer is a valid string), so the server accepts the same requests; but Kiota's C# type changes: an integer path parameter's indexer this[int] disappears (only this[string] is left), a query parameter's property int? becomes string?."),
        new("parameter-default-changed", WireBreaking, "Callers that omit it: the server applies a different value, so the same request returns different results (AIP-180). Kiota sends no query-parameter default, so SDK callers are affected alike."),
        new("parameter-default-added", NonBreaking, "Nobody: the value applied when the parameter is omitted is now documented."),
        new("parameter-default-removed", WireBreaking, "Callers that omit it: the documented value is no longer promised, so what an omitted parameter means may change (AIP-180)."),
        new("parameter-deprecated", NonBreaking, "Nobody yet: Kiota marks the query-parameter or model property [Obsolete], so builds with warnings-as-errors notice."),
        new("parameter-empty-value-disallowed", WireBreaking, "Callers sending an empty value (name=): rejected."),
        new("parameter-empty-value-allowed", NonBreaking, Compatible),
        new("parameter-content-type-removed", WireBreaking, "Callers sending the value in that media type (e.g. a JSON-encoded query value): rejected."),
        new("parameter-content-type-added", NonBreaking, Compatible),
        new("parameter-format-changed", WireBreaking, "Depends on the formats: see detail."),
        new("parameter-enum-value-removed", WireBreaking, "Callers sending the removed value: rejected (422); the Kiota enum member disappears."),
        new("parameter-enum-value-added", NonBreaking, Compatible),
        new("parameter-limit-narrowed", WireBreaking, "Callers sending values outside the new bounds: rejected (422)."),
        new("parameter-limit-widened", NonBreaking, Compatible),
        new("page-size-maximum-narrowed", WireBreaking, "Callers asking for bigger pages: rejected (422) or silently given fewer items per page, so page counting loops change."),
        new("page-size-maximum-widened", NonBreaking, Compatible),
        new("parameter-became-nullable", NonBreaking, Compatible),
        new("parameter-became-non-nullable", WireBreaking, "Callers sending an empty/null value: rejected."),
        new("parameter-variant-removed", WireBreaking, "Callers sending that JSON form: rejected."),
        new("parameter-variant-added", NonBreaking, Compatible),
        new("parameter-serialization-changed", WireBreaking, "Every caller sending it: style, explode, allowReserved or a switch between schema and content changes how the value is written in the URL (a[]=1&a[]=2 versus a=1,2, a JSON text versus plain text)."),

        // request bodies and their properties
        new("request-body-added", NonBreaking, Compatible),
        new("request-body-added-required", WireBreaking, "Every caller: requests without a body are rejected, and the SDK method gains a body argument."),
        new("request-body-removed", WireBreaking, "Every caller sending a body: the server ignores it and the SDK method loses its body argument."),
        new("request-body-became-required", WireBreaking, "Callers sending no body: rejected."),
        new("request-body-became-optional", NonBreaking, Compatible),
        new("request-encoding-changed", WireBreaking, "Callers sending multipart or form bodies: a part is written differently (its content type, style or headers)."),
        new("request-content-type-removed", WireBreaking, "Callers sending that media type: rejected (415)."),
        new("request-content-type-added", NonBreaking, Compatible),
        new("request-property-removed", WireBreaking, "Callers setting it: the server ignores or rejects it, and the SDK model loses the property (compile error)."),
        new("request-property-added", NonBreaking, Compatible),
        new("request-property-added-required", WireBreaking, "Every caller: bodies without the new property are rejected (422)."),
        new("request-property-became-required", WireBreaking, "Callers that omit it: rejected (422). Kiota still generates it nullable, so nothing warns at compile time."),
        new("request-property-became-optional", NonBreaking, Compatible),
        new("request-property-type-changed", WireBreaking, "Callers sending the old type: rejected; the SDK property changes C# type."),
        new("request-property-format-changed", WireBreaking, "Depends on the formats: see detail."),
        new("request-property-enum-value-removed", WireBreaking, "Callers sending the removed value: rejected (422); the Kiota enum member disappears."),
        new("request-property-enum-value-added", NonBreaking, Compatible),
        new("request-property-limit-narrowed", WireBreaking, "Callers sending values outside the new bounds: rejected (422)."),
        new("request-property-limit-widened", NonBreaking, Compatible),
        new("request-property-variant-removed", WireBreaking, "Callers sending that JSON form: rejected (422)."),
        new("request-property-variant-added", NonBreaking, Compatible),
        new("request-property-became-nullable", NonBreaking, Compatible),
        new("request-property-default-changed", WireBreaking, "Callers that omit it: the server applies a different value (AIP-180); SDK callers now send the new value, because Kiota's model constructor sets defaults."),
        new("request-property-default-added", NonBreaking, "Nobody, if the default documents what the server already applied: SDK callers now send it explicitly (Kiota's model constructor sets defaults)."),
        new("request-property-default-removed", WireBreaking, "Callers that omit it: the documented value is no longer promised; SDK callers stop sending it (Kiota's constructor no longer sets it), so the server's own choice applies."),
        new("request-property-deprecated", NonBreaking, "Nobody yet: Kiota marks the model property [Obsolete]."),
        new("request-property-became-read-only", WireBreaking, "Callers setting it: a read-only property does not belong in requests, so the server ignores or rejects it."),
        new("request-property-became-non-nullable", WireBreaking, "Callers that send null: rejected. (Kiota omits nulls it was not given, so SDK callers break only when they set null explicitly through AdditionalData.)"),

        // responses and their properties
        new("response-status-removed", WireBreaking, "Clients handling that status: success code gone means a different code arrives; a removed error mapping turns a typed exception into a plain ApiException."),
        new("response-status-added", NonBreaking, "Nobody who handles unknown statuses: a new code is documented."),
        new("response-content-type-removed", WireBreaking, "Clients asking for that media type: it is no longer served."),
        new("response-content-type-added", NonBreaking, Compatible),
        new("response-encoding-changed", WireBreaking, "Readers of multipart or sequential responses: a part is written differently."),
        new("response-header-removed", WireBreaking, "Clients reading the header: it is no longer sent (the SDK's rate limiter reads X-RateLimit-Remaining and Retry-After)."),
        new("response-header-added", NonBreaking, Compatible),
        new("response-header-became-optional", WireBreaking, "Clients reading the header: it may now be missing."),
        new("response-header-became-required", NonBreaking, Compatible),
        new("response-header-serialization-changed", WireBreaking, "Clients parsing the header: style, explode or content changed how its value is written."),
        new("response-property-removed", WireBreaking, "Clients reading it: the value is gone, and the SDK model loses the property (compile error)."),
        new("response-property-added", NonBreaking, "Nobody: Kiota adds a property; before, the value landed in AdditionalData."),
        new("response-property-became-optional", WireBreaking, "Clients that assumed the field is always present: it can now be missing."),
        new("response-property-became-required", NonBreaking, Compatible),
        new("response-property-type-changed", WireBreaking, "Every reader: Kiota's parse node returns null for a value of the wrong JSON type, silently; raw clients see a different type."),
        new("response-property-format-changed", WireBreaking, "Depends on the formats: see detail."),
        new("response-property-enum-value-added", WireBreaking, "SDK and strict clients: Kiota generates a C# enum and deserialises an unknown value to null, so the new value reads as 'missing'."),
        new("response-property-enum-value-removed", SdkBreaking, "SDK users referencing the member: it disappears from the generated C# enum. The wire only narrows."),
        new("response-property-became-nullable", WireBreaking, "Clients that assumed non-null (raw clients dereferencing it; SDK users who trusted the docs despite Kiota's nullable types)."),
        new("response-property-became-non-nullable", NonBreaking, Compatible),
        new("response-property-variant-added", WireBreaking, "Readers: a JSON form they have never seen arrives; the SDK's lenient parser must learn to fold it."),
        new("response-property-variant-removed", NonBreaking, "Nobody: one JSON form fewer to read."),
        new("response-property-limit-changed", NonBreaking, "Nobody: Kiota does not validate response bounds."),
        new("response-property-default-changed", SdkBreaking, "SDK readers: Kiota's model constructor sets the default, so a response that omits the field now reads as the new value; the JSON is unchanged."),
        new("response-property-default-added", SdkBreaking, "SDK readers: a response that omits the field now reads as the default instead of null (Kiota's model constructor sets it); the JSON is unchanged."),
        new("response-property-default-removed", SdkBreaking, "SDK readers: a response that omits the field now reads as null instead of the default; the JSON is unchanged."),
        new("response-property-deprecated", NonBreaking, "Nobody yet: Kiota marks the model property [Obsolete]."),
        new("response-property-became-write-only", WireBreaking, "Readers of it: a write-only property is no longer sent in responses."),

        // any schema
        new("access-mode-changed", NonBreaking, "Nobody: readOnly/writeOnly changed where it restricts nothing (readOnly on a response, writeOnly on a request), or a restriction was lifted."),
        new("discriminator-changed", SdkBreaking, "SDK readers of the union: Kiota picks the C# class of a oneOf/anyOf value from the discriminator's property and mapping, so the same JSON now builds another class; the JSON is unchanged."),
        new("extension-changed", NonBreaking, "Nobody: vendor extensions are not part of the HTTP exchange; this repository's own (x-kwiga-doc-note, x-kwiga-conditional, x-kwiga-alias-of) are documentation and lint input."),
        new("kiota-extension-changed", SdkBreaking, "SDK users: Kiota reads x-ms-* extensions (x-ms-enum's name, x-ms-enum-flags, x-ms-primary-error-message, x-ms-discriminator-value...), so the generated C# may change; the wire does not."),
        new("unknown-keyword-changed", NonBreaking, "Nobody a tool can see: the reader does not know the keyword (a typo, or a JSON Schema keyword newer than the reader), so neither Kiota nor the validators act on it; check it by hand."),

        // security schemes (components) and the requirements operations apply
        new("security-scheme-removed", WireBreaking, "Callers authenticating with it: the server no longer accepts those credentials."),
        new("security-scheme-added", NonBreaking, "Nobody until an operation requires it (then security-requirement-narrowed is reported)."),
        new("security-scheme-renamed", NonBreaking, "Nobody: only the component key changed; credentials are sent exactly as before (Kiota generates no authentication code from the contract)."),
        new("security-scheme-type-changed", WireBreaking, "Every caller using it: credentials are sent another way (API key, HTTP Authorization, OAuth 2, OpenID Connect); the SDK's authentication handler must change."),
        new("security-scheme-name-changed", WireBreaking, "Every caller using it: the server reads the key from a header, query parameter or cookie of another name, so requests sending the old name are rejected (401); the SDK writes the Token and Cabinet-Hash headers itself and keeps sending the old name."),
        new("security-scheme-in-changed", WireBreaking, "Every caller using it: the key moves between header, query and cookie; requests sending it in the old place are rejected (401)."),
        new("security-scheme-http-scheme-changed", WireBreaking, "Every caller using it: the Authorization header's scheme changes (Bearer, Basic...), so old headers are rejected (401)."),
        new("security-scheme-bearer-format-changed", NonBreaking, "Nobody: bearerFormat is a hint about the token; the header is written the same way."),
        new("security-scheme-url-changed", WireBreaking, "Callers obtaining tokens: the OAuth 2 or OpenID Connect endpoint they call moved."),
        new("security-scheme-flow-removed", WireBreaking, "Callers using that OAuth 2 flow: they can no longer obtain tokens that way."),
        new("security-scheme-flow-added", NonBreaking, Compatible),
        new("security-scheme-scope-removed", WireBreaking, "Callers requesting that scope: the authorization server no longer grants it."),
        new("security-scheme-scope-added", NonBreaking, Compatible),
        new("security-scheme-deprecated", NonBreaking, "Nobody yet: callers are told to move to another scheme."),
        new("security-requirement-narrowed", WireBreaking, "Callers sending only the credentials the old requirement asked for: rejected (401)."),
        new("security-requirement-widened", NonBreaking, "Nobody: the credentials callers already send still satisfy a requirement."),

        // servers
        new("server-removed", WireBreaking, "Callers using that base URL: requests there are no longer served (Kiota's client defaults to the first server URL)."),
        new("server-added", NonBreaking, Compatible),

        // enums (either direction)
        new("enum-introduced", WireBreaking, "Depends on direction: see detail. Kiota turns the string property into a C# enum."),
        new("enum-dropped", SdkBreaking, "SDK users of the generated C# enum: the property becomes a plain string."),
        new("sdk-type-changed", SdkBreaking, "SDK users of the property: x-kwiga-sdk-type picks the union branch the SDK exposes, so the C# property type changes; the wire does not."),
        new("sdk-format-changed", SdkBreaking, "SDK users of the property: x-kwiga-sdk-format makes the SDK expose a date string as Date or DateTimeOffset (and send it in that form), so the C# type changes; the wire accepts the same strings."),
        new("sdk-name-changed", SdkBreaking, "SDK users naming the model class: x-kwiga-sdk-name gives the component's class another C# name; the JSON is unchanged."),
        new("enum-member-renamed", SdkBreaking, "SDK users referencing the member: Kiota's C# enum member name changes (x-ms-enum), the wire value does not."),

        // component schemas
        new("schema-renamed", SdkBreaking, "SDK users naming the model class: Kiota names models after the component key; the JSON is unchanged."),
        new("schema-removed", SdkBreaking, "SDK users naming the model class: it is no longer generated."),
        new("schema-added", NonBreaking, "Nobody: a new model class."),
        new("schema-extracted", SdkBreaking, "SDK users naming the inline model (e.g. ContactsGetResponse): it becomes the component's class; the JSON is unchanged."),
        new("schema-inlined", SdkBreaking, "SDK users naming the component class: Kiota now generates an inline model named from path + verb; the JSON is unchanged."),
        new("schema-ref-changed", SdkBreaking, "SDK users naming the model class: a different component with the same shape is referenced; the JSON is unchanged."),
        new("unreferenced-schema-changed", NonBreaking, "Nobody: Kiota does not generate components that no operation uses."),
    ];

    private static readonly Dictionary<string, ChangeKind> ById = Catalogue.ToDictionary(k => k.Id, StringComparer.Ordinal);

    /// <summary>All kinds, in catalogue order.</summary>
    public static IReadOnlyList<ChangeKind> All => Catalogue;

    /// <summary>Looks a kind up by id.</summary>
    /// <exception cref="KeyNotFoundException">Unknown id (a bug in a detector).</exception>
    public static ChangeKind Get(string id) =>
        ById.TryGetValue(id, out var kind) ? kind : throw new KeyNotFoundException($"unknown change kind '{id}'");

    /// <summary>True when the id names a kind.</summary>
    public static bool Exists(string id) => ById.ContainsKey(id);
}
