using Microsoft.OpenApi;

namespace Kwiga.Generator.Contracts;

/// <summary>One operation of a contract with the path-level parameters merged in.</summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="Path">Path template as written, e.g. <c>/contacts/{id}</c>.</param>
/// <param name="Operation">The operation object.</param>
/// <param name="Parameters">Effective parameters: operation-level ones override path-level ones by (in, name).</param>
public sealed record ContractOperation(
    string Method,
    string Path,
    OpenApiOperation Operation,
    IReadOnlyList<IOpenApiParameter> Parameters)
{
    /// <summary>The path item the operation belongs to (its servers, summary and description apply to every verb).</summary>
    public IOpenApiPathItem? PathItem { get; init; }

    /// <summary>Human-readable key, e.g. <c>GET /contacts/{id}</c>.</summary>
    public string Display => $"{Method} {Path}";

    /// <summary>JSON pointer to the operation object.</summary>
    public string Pointer => ContractPointer.Operation(Path, Method);

    /// <summary>Method plus the path with placeholder names erased, so <c>{id}</c> and <c>{contact}</c> match.</summary>
    public string ShapeKey => $"{Method} {PathTemplate.Shape(Path)}";

    /// <summary>Enumerates every operation of a document in path order.</summary>
    public static IEnumerable<ContractOperation> All(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                yield return new ContractOperation(
                    method.Method.ToUpperInvariant(),
                    path,
                    operation,
                    MergeParameters(item.Parameters, operation.Parameters))
                {
                    PathItem = item,
                };
            }
        }
    }

    private static List<IOpenApiParameter> MergeParameters(
        IList<IOpenApiParameter>? pathLevel,
        IList<IOpenApiParameter>? operationLevel)
    {
        var merged = new List<IOpenApiParameter>();
        foreach (var parameter in (pathLevel ?? []).Concat(operationLevel ?? []))
        {
            merged.RemoveAll(p => p.In == parameter.In && p.Name == parameter.Name);
            merged.Add(parameter);
        }

        return merged;
    }
}
