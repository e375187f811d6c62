using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>Every 2xx response body carries an <c>example</c> or <c>examples</c> on its media type.</summary>
public sealed class ResponseExampleRule : ILintRule
{
    /// <inheritdoc />
    public string Id => "response-example";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract)
    {
        foreach (var op in ContractOperation.All(contract.Model))
        {
            foreach (var (code, response) in op.Operation.Responses ?? [])
            {
                if (!ResponseCodes.IsSuccess(code))
                {
                    continue;
                }

                foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
                {
                    var hasExample = content.Example is not null || content.Examples is { Count: > 0 };
                    if (!hasExample)
                    {
                        var pointer = ContractPointer.Append(op.Pointer, "responses", code, "content", mediaType);
                        yield return new LintFinding(Id, pointer, $"{op.Display} {code} {mediaType} has no example");
                    }
                }
            }
        }
    }
}
