namespace Kwiga.Sdk;

/// <summary>How an auto-paginated enumeration asks for pages.</summary>
public sealed class PageOptions
{
    /// <summary>
    /// Items per request. Null uses the largest size the list allows (courses 15, course users 250;
    /// 100 where the docs state no maximum), so a full enumeration spends the fewest requests. Sizes
    /// above a documented maximum are lowered to it.
    /// </summary>
    public int? PageSize { get; set; }

    /// <summary>The first page to request (default 1).</summary>
    public int FirstPage { get; set; } = 1;

    /// <summary>Stop after this many pages (null: until the last page).</summary>
    public int? MaxPages { get; set; }
}
