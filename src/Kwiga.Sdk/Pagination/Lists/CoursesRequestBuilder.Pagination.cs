using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Courses;

/// <summary>Auto-pagination of the cabinet's courses (<c>GET /courses</c>, at most 15 a page).</summary>
public partial class CoursesRequestBuilder
{
    /// <summary>Every item, page after page, as one <c>await foreach</c>; filters go in <paramref name="query"/>.</summary>
    public IAsyncEnumerable<Course> GetAllAsync(Action<CoursesRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Course>> GetPagesAsync(Action<CoursesRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.GetPages<CoursesRequestBuilderGetQueryParameters, CoursePage, Course>(GetAsync, query, options, UrlTemplate, cancellationToken);

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class CoursesRequestBuilderGetQueryParameters : IPagedQuery;
}
