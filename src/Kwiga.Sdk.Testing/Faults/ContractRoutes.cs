using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Kwiga.Sdk.Testing.Faults;

/// <summary>
/// The sandbox's routes (one per contract operation, from the generated controllers): a fault's path must be one
/// of their templates (<c>/contacts/{contact}</c>) or a path one of them matches (<c>/contacts/132</c>).
/// </summary>
internal sealed class ContractRoutes
{
    private readonly IReadOnlyList<(string Method, string Template, Regex Pattern)> _routes;

    public ContractRoutes(EndpointDataSource endpoints)
    {
        _routes = endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Template: "/" + e.RoutePattern.RawText!.TrimStart('/'), Pattern: ToRegex(e.RoutePattern))))
            .Distinct()
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Checks <paramref name="path"/> for <paramref name="method"/> and returns how to match requests against it.</summary>
    public Func<string, bool> Matcher(string method, string path)
    {
        var normalized = "/" + path.Trim().TrimStart('/').TrimEnd('/');
        var candidates = _routes.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();
        var template = candidates.FirstOrDefault(r => string.Equals(r.Template, normalized, StringComparison.Ordinal));
        if (template.Pattern is not null)
        {
            return template.Pattern.IsMatch;
        }

        if (!normalized.Contains('{', StringComparison.Ordinal) && candidates.Any(r => r.Pattern.IsMatch(normalized)))
        {
            return requested => string.Equals(requested.TrimEnd('/'), normalized, StringComparison.Ordinal);
        }

        var list = string.Join(Environment.NewLine, _routes.Select(r => $"  {r.Method} {r.Template}"));
        throw new ArgumentException($"No sandbox route answers {method.ToUpperInvariant()} {path}. The routes are:{Environment.NewLine}{list}", nameof(path));
    }

    private static Regex ToRegex(RoutePattern pattern)
    {
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternParameterPart => "[^/]+",
            RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
            _ => string.Empty,
        })));
        return new Regex("^/" + string.Join("/", parts) + "/?$", RegexOptions.CultureInvariant);
    }
}
