using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>nullable</c> flips. Which direction breaks depends on the side: a response that may now be null
/// breaks readers that assumed a value; a request that may no longer be null breaks callers that send null.
/// </summary>
public static class NullabilityDiff
{
    /// <summary>Reports a nullability change at the site.</summary>
    public static void Compare(DiffContext ctx, IOpenApiSchema b, IOpenApiSchema h, SchemaSite site)
    {
        var was = SchemaFacts.IsNullable(b);
        var now = SchemaFacts.IsNullable(h);
        if (was == now)
        {
            return;
        }

        var suffix = now ? "became-nullable" : "became-non-nullable";
        var breaksWhom = (site.Scope.IsInput(), now) switch
        {
            (false, true) => "breaks readers that assumed a value",
            (true, false) => "breaks callers that send null",
            _ => "accepts more than before",
        };
        ctx.Add(site.Kind(suffix), site.Location,
            $"nullable {was.ToString().ToLowerInvariant()} → {now.ToString().ToLowerInvariant()} ({breaksWhom})");
    }
}
