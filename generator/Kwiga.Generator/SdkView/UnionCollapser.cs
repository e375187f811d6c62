using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// A wire union (<c>anyOf</c> with <c>x-kwiga-sdk-type</c>) becomes the branch that extension names,
/// and a nullable reference (<c>anyOf: [X, JsonNull]</c>) becomes <c>X</c>: Kiota would otherwise emit
/// composed wrapper types. A union that admits null keeps <c>nullable: true</c>, so a generator fed
/// the view does not reject the nulls the wire sends. The runtime's lenient parse node folds the other
/// wire forms into the exposed type, so nothing the server sends is lost.
/// </summary>
public static class UnionCollapser
{
    private const string JsonNullReference = "#/components/schemas/JsonNull";

    /// <summary>Left on a collapsed union: every form the wire sends (a component name or a JSON type).</summary>
    public const string WireFormsExtension = "x-kwiga-wire-forms";

    /// <summary>Collapses every union in <paramref name="document"/> in place.</summary>
    /// <returns>How many unions were collapsed.</returns>
    /// <exception cref="InvalidOperationException">A union does not say which branch the SDK exposes.</exception>
    public static int Collapse(JsonNode document)
    {
        var count = 0;
        SchemaWalker.Visit(document, (obj, location) =>
        {
            if (obj["anyOf"] is not JsonArray union)
            {
                return;
            }

            var branch = ChooseBranch(obj, union) ?? throw new InvalidOperationException(
                $"{location}: anyOf needs x-kwiga-sdk-type naming the branch the SDK exposes");
            var admitsNull = union.OfType<JsonObject>().Any(IsNull);
            var forms = union.OfType<JsonObject>().Where(b => b["$ref"]?.GetValue<string>() != JsonNullReference).Select(Form).ToList();
            obj.Remove("anyOf");
            if (branch["$ref"] is not null)
            {
                obj["allOf"] = new JsonArray(branch.DeepClone());
            }
            else
            {
                foreach (var (key, value) in branch)
                {
                    obj[key] = value?.DeepClone();
                }
            }

            if (admitsNull)
            {
                obj["nullable"] = true;
            }

            // The forms the wire sends besides the exposed one: the SDK reads them into it (sdk-code's BareValues).
            if (forms.Count > 1)
            {
                obj[WireFormsExtension] = new JsonArray(forms.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray());
            }

            count++;
        });
        return count;
    }

    private static string Form(JsonObject branch) =>
        branch["$ref"]?.GetValue<string>() is { } reference ? reference.Split('/').Last() : branch["type"]?.GetValue<string>() ?? "object";

    private static bool IsNull(JsonObject branch) =>
        branch["$ref"]?.GetValue<string>() == JsonNullReference || branch["nullable"]?.GetValue<bool>() == true;

    private static JsonObject? ChooseBranch(JsonObject owner, JsonArray union)
    {
        var branches = union.OfType<JsonObject>().ToList();
        var name = owner["x-kwiga-sdk-type"]?.GetValue<string>();
        if (name is null)
        {
            var others = branches.Where(b => b["$ref"]?.GetValue<string>() != JsonNullReference).ToList();
            return others.Count == 1 && others.Count < branches.Count ? others[0] : null;
        }

        var matches = branches.Where(b =>
            b["$ref"]?.GetValue<string>() == "#/components/schemas/" + name || b["type"]?.GetValue<string>() == name).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
