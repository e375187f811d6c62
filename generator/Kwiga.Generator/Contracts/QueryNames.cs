namespace Kwiga.Generator.Contracts;

/// <summary>Maps Laravel-style bracketed query names to JSON property paths.</summary>
public static class QueryNames
{
    /// <summary>
    /// <c>filters[date_from]</c> → <c>[filters, date_from]</c>; <c>with[]</c> → <c>[with]</c>; <c>page</c> → <c>[page]</c>.
    /// </summary>
    public static IReadOnlyList<string> ToBodyPath(string queryName)
    {
        ArgumentNullException.ThrowIfNull(queryName);
        return queryName
            .Split('[')
            .Select(segment => segment.TrimEnd(']'))
            .Where(segment => segment.Length > 0)
            .ToList();
    }

    /// <summary>The dotted form used for comparisons: <c>filters.date_from</c>.</summary>
    public static string ToDotted(string queryName) => string.Join('.', ToBodyPath(queryName));
}
