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
        new("parameter-type-changed", WireBreaking, "Callers sending the old type: rejected by the server; the SDK property changes C# type."),
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
        new("parameter-serialization-changed", WireBreaking, "Every caller sending it: style/explode changes how the value is written in the URL (a[]=1&a[]=2 versus a=1,2)."),

        // request bodies and their properties
        new("request-body-added", NonBreaking, Compatible),
        new("request-body-added-required", WireBreaking, "Every caller: requests without a body are rejected, and the SDK method gains a body argument."),
        new("request-body-removed", WireBreaking, "Every caller sending a body: the server ignores it and the SDK method loses its body argument."),
        new("request-body-became-required", WireBreaking, "Callers sending no body: rejected."),
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
        new("request-property-became-non-nullable", WireBreaking, "Callers that send null: rejected. (Kiota omits nulls it was not given, so SDK callers break only when they set null explicitly through AdditionalData.)"),

        // responses and their properties
        new("response-status-removed", WireBreaking, "Clients handling that status: success code gone means a different code arrives; a removed error mapping turns a typed exception into a plain ApiException."),
        new("response-status-added", NonBreaking, "Nobody who handles unknown statuses: a new code is documented."),
        new("response-content-type-removed", WireBreaking, "Clients asking for that media type: it is no longer served."),
        new("response-content-type-added", NonBreaking, Compatible),
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

        // enums (either direction)
        new("enum-introduced", WireBreaking, "Depends on direction: see detail. Kiota turns the string property into a C# enum."),
        new("enum-dropped", SdkBreaking, "SDK users of the generated C# enum: the property becomes a plain string."),
        new("sdk-type-changed", SdkBreaking, "SDK users of the property: x-kwiga-sdk-type picks the union branch the SDK exposes, so the C# property type changes; the wire does not."),
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
