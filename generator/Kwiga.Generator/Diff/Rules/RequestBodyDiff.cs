using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>Request bodies: presence, required flag, media types, and the body schema as input.</summary>
public static class RequestBodyDiff
{
    /// <summary>Reports request body changes between two versions of one operation.</summary>
    public static void Compare(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var location = $"{h.Display} request";
        var was = b.Operation.RequestBody;
        var now = h.Operation.RequestBody;
        if (was is null && now is null)
        {
            return;
        }

        if (was is null)
        {
            ctx.Add(now!.Required ? "request-body-added-required" : "request-body-added", location, "request body added");
            return;
        }

        if (now is null)
        {
            ctx.Add("request-body-removed", location, "request body removed");
            return;
        }

        if (was.Required != now.Required)
        {
            ctx.Add(now.Required ? "request-body-became-required" : "request-body-became-optional", location,
                now.Required ? "request body optional → required" : "request body required → optional");
        }

        DocumentationDiff.CompareText(ctx, location, "description", was.Description, now.Description);
        ExtensionsDiff.Compare(ctx, location, was.Extensions, now.Extensions);
        MediaTypes.Compare(ctx, was.Content, now.Content, location, SchemaScope.Request, "request-content-type");
    }
}
