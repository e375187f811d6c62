using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Courses.Item.Users;

/// <summary>Auto-pagination of a course's participants (<c>GET /courses/{course}/users</c>, at most 250 a page).</summary>
public partial class UsersRequestBuilder
{
    /// <summary>
    /// Every participant with progress, page after page; the course program (with
    /// <c>include=course_program</c>) is exposed once, as <see cref="CourseUserEnumeration.Program"/>.
    /// </summary>
    public CourseUserEnumeration GetAllAsync(Action<UsersRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<CourseProgram>? program = null;
        var pages = Pager.PagesAsync(
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
                program ??= response?.CourseProgram ?? response?.CourseStructure;
                return new Pager.PageContent<CourseUser>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, PageSizes.CourseUsers),
            options,
            cancellationToken);
        return new CourseUserEnumeration(pages, () => program);
    }
}
