namespace Kwiga.Sdk.Pagination;

/// <summary>The page number and size of a list request (query parameters, or a POST alias body).</summary>
internal interface IPagedQuery
{
    /// <summary>The 1-based page number (<c>page</c>).</summary>
    int? Page { get; set; }

    /// <summary>Items per page (<c>per_page</c>; <c>limit</c> on mailing lists).</summary>
    int? PerPage { get; set; }
}
