using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Courses.Item.Users.Query;

/// <summary>Auto-pagination of <c>POST /courses/{course}/users/query</c>, the JSON-body alias of the participants list.</summary>
public partial class QueryRequestBuilder
{
    /// <summary>
    /// Every participant matching <paramref name="body"/>, page after page (the page number and size
    /// go into each request's body); the course program is exposed once, as <see cref="CourseUserEnumeration.Program"/>.
    /// </summary>
    public CourseUserEnumeration PostAllAsync(CourseUsersQuery body, PageOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        IReadOnlyList<CourseProgram>? program = null;
        var pages = Pager.PagesAsync(
            async (page, size, token) =>
            {
                var (callerPage, callerSize) = (body.Page, body.PerPage);
                body.Page = page;
                body.PerPage = size;
                try
                {
                    var response = await PostAsync(body, cancellationToken: token).ConfigureAwait(false);
                    program ??= response?.CourseProgram ?? response?.CourseStructure;
                    return new Pager.PageContent<CourseUser>(response?.Data, response?.Meta, response?.Links);
                }
                finally
                {
                    (body.Page, body.PerPage) = (callerPage, callerSize);
                }
            },
            PageSizes.Choose(options, PageSizes.CourseUsers),
            options,
            cancellationToken);
        return new CourseUserEnumeration(pages, () => program);
    }
}
