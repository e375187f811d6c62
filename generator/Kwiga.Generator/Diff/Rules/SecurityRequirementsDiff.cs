using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// Security requirements: the document's default and each operation's own. A requirement is a list of
/// alternatives, each a set of schemes (with OAuth scopes) sent together; no requirement means anonymous.
/// A caller who satisfied an old alternative still gets in when some new alternative asks for no more;
/// otherwise the requirement narrowed. Renamed schemes count as the same scheme.
/// </summary>
public static class SecurityRequirementsDiff
{
    /// <summary>Compares the document-level requirement.</summary>
    public static void CompareDocument(DiffContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        Compare(ctx, ctx.Base.Model.Security, ctx.Head.Model.Security, "security");
    }

    /// <summary>Compares an operation's effective requirement when either version declares its own.</summary>
    public static void CompareOperation(DiffContext ctx, ContractOperation b, ContractOperation h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (b.Operation.Security is null && h.Operation.Security is null)
        {
            return; // both follow the document's requirement, compared once
        }

        Compare(ctx, b.Operation.Security ?? ctx.Base.Model.Security, h.Operation.Security ?? ctx.Head.Model.Security, $"{h.Display} security");
    }

    /// <summary>True when the document or one of its operations requires the scheme.</summary>
    public static bool IsUsed(OpenApiDocument document, string scheme)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ContractOperation.All(document)
            .Select(o => o.Operation.Security)
            .Append(document.Security)
            .Any(requirements => Alternatives(requirements, renames: null).Any(a => a.ContainsKey(scheme)));
    }

    private static void Compare(DiffContext ctx, IList<OpenApiSecurityRequirement>? b, IList<OpenApiSecurityRequirement>? h, string location)
    {
        var was = Alternatives(b, ctx.SchemeRenames);
        var now = Alternatives(h, renames: null);
        if (Show(was) == Show(now))
        {
            return;
        }

        var narrowed = was.Any(old => !now.Any(alternative => Within(alternative, old)));
        ctx.Add(narrowed ? "security-requirement-narrowed" : "security-requirement-widened", location, $"{Show(was)} → {Show(now)}");
    }

    /// <summary>True when everything <paramref name="needed"/> asks for is in <paramref name="sent"/>.</summary>
    private static bool Within(Dictionary<string, HashSet<string>> needed, Dictionary<string, HashSet<string>> sent) =>
        needed.All(n => sent.TryGetValue(n.Key, out var scopes) && n.Value.IsSubsetOf(scopes));

    private static List<Dictionary<string, HashSet<string>>> Alternatives(
        IList<OpenApiSecurityRequirement>? requirements, IReadOnlyDictionary<string, string>? renames)
    {
        if (requirements is null || requirements.Count == 0)
        {
            return [[]]; // anonymous
        }

        return requirements
            .Select(requirement => requirement.ToDictionary(
                entry => renames?.GetValueOrDefault(entry.Key.Reference.Id ?? string.Empty) ?? entry.Key.Reference.Id ?? string.Empty,
                entry => entry.Value.ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal))
            .ToList();
    }

    private static string Show(List<Dictionary<string, HashSet<string>>> alternatives) =>
        string.Join(" or ", alternatives
            .Select(a => a.Count == 0
                ? "anonymous"
                : string.Join("+", a.OrderBy(e => e.Key, StringComparer.Ordinal)
                    .Select(e => e.Value.Count == 0 ? e.Key : $"{e.Key}[{string.Join(",", e.Value.Order(StringComparer.Ordinal))}]")))
            .Order(StringComparer.Ordinal));
}
