using System.Text.RegularExpressions;

namespace Kwiga.Generator.Drift;

/// <summary>Normalises docs URLs: <c>/contacts/:contact/products?x=1</c> → <c>/contacts/{contact}/products</c>.</summary>
public static partial class DocsPath
{
    /// <summary>Splits a docs URL tail into a path template and its query string (without <c>?</c>).</summary>
    public static (string Path, string Query) Split(string urlTail)
    {
        ArgumentNullException.ThrowIfNull(urlTail);
        var question = urlTail.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? urlTail : urlTail[..question];
        var query = question < 0 ? string.Empty : urlTail[(question + 1)..];
        path = ColonPlaceholder().Replace(path, "{${name}}");
        if (path.Length > 1)
        {
            path = path.TrimEnd('/'); // the docs post to "/mailing/contact-lists/" once; the endpoint line has no slash
        }

        return (path.Length == 0 ? "/" : path, query);
    }

    /// <summary>Parameter names of a query string, dotted: <c>filters[date_from]=x&amp;with[]=a</c> → <c>filters.date_from</c>, <c>with</c>.</summary>
    public static IEnumerable<string> QueryParameterNames(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]))
            .Select(Contracts.QueryNames.ToDotted)
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex(@":(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ColonPlaceholder();
}
