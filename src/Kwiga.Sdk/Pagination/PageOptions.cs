namespace Kwiga.Sdk;

/// <summary>How an auto-paginated enumeration asks for pages. Each value is checked when it is set.</summary>
public sealed class PageOptions
{
    private int? _pageSize;
    private int _firstPage = 1;
    private int? _maxPages;

    /// <summary>
    /// Items per request, from 1 to the list's documented maximum (courses 15, course users 250; an
    /// <see cref="ArgumentOutOfRangeException"/> naming it when the enumeration is asked for above it).
    /// Null uses the largest size the list allows (100 where the docs state no maximum), so a full
    /// enumeration spends the fewest requests.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int? PageSize
    {
        get => _pageSize;
        set => _pageSize = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(PageSize), value, "PageSize is the number of items per request: at least 1 (null for the list's largest).") : value;
    }

    /// <summary>The first page to request (default 1, the first page there is).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int FirstPage
    {
        get => _firstPage;
        set => _firstPage = value < 1 ? throw new ArgumentOutOfRangeException(nameof(FirstPage), value, "FirstPage counts from 1, as the server's pages do.") : value;
    }

    /// <summary>Stop after this many pages (null: until the last page; 0 asks for none).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int? MaxPages
    {
        get => _maxPages;
        set => _maxPages = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(MaxPages), value, "MaxPages cannot be negative (null for every page).") : value;
    }
}
