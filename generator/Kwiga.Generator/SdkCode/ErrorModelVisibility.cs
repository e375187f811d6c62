using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Makes the error models internal: the schemas only error responses use (<c>ErrorResponse</c>,
/// <c>ValidationErrorResponse</c> and what they contain). The SDK throws its own exceptions for every
/// failed status before Kiota's error mapping could throw these, so a public type a user could
/// catch would never be thrown. The generated builders still reference them, from the inside.
/// </summary>
public static partial class ErrorModelVisibility
{
    private const string Prefix = "#/components/schemas/";

    [GeneratedRegex("""public partial class (?<name>\w+)\b""")]
    private static partial Regex PublicClass();

    /// <summary>The component names only error responses reach.</summary>
    public static IReadOnlySet<string> ErrorOnlySchemas(JsonNode view)
    {
        var schemas = view["components"]?["schemas"] as JsonObject ?? [];
        var errorRoots = new HashSet<string>();
        var otherRoots = new HashSet<string>();
        foreach (var (_, item) in view["paths"] as JsonObject ?? [])
        {
            foreach (var (method, operation) in item as JsonObject ?? [])
            {
                if (operation is not JsonObject op || method == "parameters")
                {
                    continue;
                }

                foreach (var (status, response) in op["responses"] as JsonObject ?? [])
                {
                    var target = status.StartsWith('4') || status.StartsWith('5') ? errorRoots : otherRoots;
                    target.UnionWith(References(Resolve(view, response)));
                }

                otherRoots.UnionWith(References(op["requestBody"]));
                otherRoots.UnionWith(References(op["parameters"]));
            }

            otherRoots.UnionWith(References(item?["parameters"]));
        }

        var fromErrors = Closure(schemas, errorRoots);
        var fromOthers = Closure(schemas, otherRoots);
        fromErrors.ExceptWith(fromOthers);
        return fromErrors;
    }

    /// <summary>Turns the classes of <paramref name="errorOnly"/> internal in place; returns how many.</summary>
    public static int Apply(GeneratedSources sources, IReadOnlySet<string> errorOnly)
    {
        var classes = errorOnly.Select(KiotaNaming.ModelClassName).ToHashSet(StringComparer.Ordinal);
        var changed = 0;
        foreach (var path in sources.Files.Where(p => p.StartsWith("Models/", StringComparison.Ordinal)))
        {
            sources[path] = PublicClass().Replace(sources[path], m =>
            {
                if (!classes.Contains(m.Groups["name"].Value))
                {
                    return m.Value;
                }

                changed++;
                return "internal partial class " + m.Groups["name"].Value;
            });
        }

        if (changed != classes.Count)
        {
            throw new GeneratedCodeShapeException($"expected {classes.Count} error model classes ({string.Join(", ", classes.Order())}) to make internal, found {changed}");
        }

        return changed;
    }

    private static JsonNode? Resolve(JsonNode view, JsonNode? node) =>
        node?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/responses/", StringComparison.Ordinal)
            ? view["components"]?["responses"]?[reference["#/components/responses/".Length..]]
            : node;

    private static HashSet<string> Closure(JsonObject schemas, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (seen.Add(name))
            {
                foreach (var next in References(schemas[name]))
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> References(JsonNode? node)
    {
        var found = new List<string>();
        SdkView.SchemaWalker.Visit(node, (obj, _) =>
        {
            if (obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(Prefix, StringComparison.Ordinal))
            {
                found.Add(reference[Prefix.Length..]);
            }
        });
        return found;
    }
}
