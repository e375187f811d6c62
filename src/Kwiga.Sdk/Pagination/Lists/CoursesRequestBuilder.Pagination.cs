using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Courses;

/// <summary>Auto-pagination of the cabinet's courses (<c>GET /courses</c>, at most 15 a page).</summary>
public partial class CoursesRequestBuilder
{
    /// <summary>
    /// Every item of the cabinet's courses (<c>GET /courses</c>, at most 15 a page), page after page, as one <c>await foreach</c>. Set filters in
    /// <paramref name="query"/>; the page number and size are the pager's.
    /// </summary>
    public IAsyncEnumerable<Course> GetAllAsync(Action<CoursesRequestBuilder.CoursesRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages of the cabinet's courses (<c>GET /courses</c>, at most 15 a page) with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Course>> GetPagesAsync(Action<CoursesRequestBuilder.CoursesRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.PagesAsync(
            async (page, size, token) =>
            {
                var response = await GetAsync(
                    r =>
                    {
                        query?.Invoke(r.QueryParameters);
                        r.QueryParameters.Page = page;
                        r.QueryParameters.PerPage = size;
                    },
                    token).ConfigureAwait(false);
                return new Pager.PageContent<Course>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, PageSizes.Courses),
            options,
            cancellationToken);
}
