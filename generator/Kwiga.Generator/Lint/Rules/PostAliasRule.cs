using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>
/// A POST alias (<c>x-kwiga-alias-of: &lt;operationId&gt;</c>) accepts the GET's query in its JSON body and
/// answers with the same shape: it must be a POST, alias an existing GET, reference the same response
/// <c>$ref</c> for every 2xx status of the GET, and its body must have a property for every query parameter
/// (<c>filters[x]</c> maps to <c>filters.x</c>, <c>with[]</c> to <c>with</c>).
/// </summary>
public sealed class PostAliasRule : ILintRule
{
    /// <summary>The extension naming the aliased operationId.</summary>
    public const string Extension = "x-kwiga-alias-of";

    /// <inheritdoc />
    public string Id => "post-alias";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract)
    {
        var operations = ContractOperation.All(contract.Model).ToList();
        foreach (var alias in operations)
        {
            var targetId = SchemaFacts.ExtensionString(alias.Operation.Extensions, Extension);
            if (targetId is null)
            {
                continue;
            }

            var pointer = alias.Pointer;
            if (alias.Method != "POST")
            {
                yield return new LintFinding(Id, pointer, $"{alias.Display} declares {Extension} but is not a POST");
                continue;
            }

            var target = operations.FirstOrDefault(op => op.Operation.OperationId == targetId);
            if (target is null || target.Method != "GET")
            {
                var why = target is null ? "no operation has that operationId" : $"it is {target.Display}, not a GET";
                yield return new LintFinding(Id, pointer, $"{alias.Display} aliases '{targetId}' but {why}");
                continue;
            }

            foreach (var finding in CheckResponses(alias, target).Concat(CheckBody(alias, target)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<LintFinding> CheckResponses(ContractOperation alias, ContractOperation target)
    {
        foreach (var (code, getResponse) in target.Operation.Responses ?? [])
        {
            if (!ResponseCodes.IsSuccess(code))
            {
                continue;
            }

            var expected = ResponseRef(getResponse);
            var pointer = ContractPointer.Append(alias.Pointer, "responses", code);
            if (expected is null)
            {
                yield return new LintFinding(Id, pointer,
                    $"{target.Display} {code} response is inline; give it a $ref that {alias.Display} can share");
                continue;
            }

            var actual = alias.Operation.Responses is { } responses && responses.TryGetValue(code, out var r)
                ? ResponseRef(r)
                : null;
            if (actual != expected)
            {
                yield return new LintFinding(Id, pointer,
                    $"{alias.Display} {code} must return '{expected}' like {target.Display}, found '{actual ?? "nothing"}'");
            }
        }
    }

    private IEnumerable<LintFinding> CheckBody(ContractOperation alias, ContractOperation target)
    {
        var bodyPointer = ContractPointer.Append(alias.Pointer, "requestBody");
        var body = JsonSchema(alias.Operation.RequestBody?.Content);
        foreach (var parameter in target.Parameters.Where(p => p.In == ParameterLocation.Query))
        {
            var path = QueryNames.ToBodyPath(parameter.Name ?? string.Empty);
            if (body is null || !HasPath(body, path))
            {
                yield return new LintFinding(Id, bodyPointer,
                    $"{alias.Display} body has no property '{string.Join('.', path)}' for query parameter '{parameter.Name}' of {target.Display}");
            }
        }
    }

    private static bool HasPath(IOpenApiSchema schema, IReadOnlyList<string> path)
    {
        IOpenApiSchema? current = schema;
        foreach (var segment in path)
        {
            if (current is null || !SchemaFacts.Properties(current).TryGetValue(segment, out var next))
            {
                return false;
            }

            current = next;
        }

        return true;
    }

    private static IOpenApiSchema? JsonSchema(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null || content.Count == 0)
        {
            return null;
        }

        return content.TryGetValue("application/json", out var json) ? json.Schema : content.Values.First().Schema;
    }

    private static string? ResponseRef(IOpenApiResponse response)
    {
        if (response is OpenApiResponseReference reference)
        {
            return $"#/components/responses/{reference.Reference.Id}";
        }

        var name = SchemaFacts.RefName(JsonSchema(response.Content));
        return name is null ? null : $"#/components/schemas/{name}";
    }
}
