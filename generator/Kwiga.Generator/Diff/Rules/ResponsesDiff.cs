using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Responses: status codes, headers, media types, and each body schema as output.</summary>
public static class ResponsesDiff
{
    /// <summary>Reports response changes between two versions of one operation.</summary>
    public static void Compare(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var was = b.Operation.Responses ?? [];
        var now = h.Operation.Responses ?? [];
        foreach (var (code, baseResponse) in was.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var location = $"{h.Display} response:{code}";
            if (!now.TryGetValue(code, out var headResponse))
            {
                ctx.Add("response-status-removed", location, $"status {code} removed");
                continue;
            }

            DocumentationDiff.CompareText(ctx, location, "description", baseResponse.Description, headResponse.Description);
            DocumentationDiff.CompareText(ctx, location, "summary", (baseResponse as OpenApiResponse)?.Summary, (headResponse as OpenApiResponse)?.Summary);
            ExtensionsDiff.Compare(ctx, location, baseResponse.Extensions, headResponse.Extensions);
            ResponseHeadersDiff.Compare(ctx, baseResponse.Headers, headResponse.Headers, location);
            MediaTypes.Compare(ctx, baseResponse.Content, headResponse.Content, location, SchemaScope.Response, "response-content-type");
        }

        foreach (var code in now.Keys.Except(was.Keys).Order(StringComparer.Ordinal))
        {
            ctx.Add("response-status-added", $"{h.Display} response:{code}", $"status {code} added");
        }
    }
}
