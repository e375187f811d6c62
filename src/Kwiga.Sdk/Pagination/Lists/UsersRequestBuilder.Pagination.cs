using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;
using Microsoft.Kiota.Abstractions;

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
        var recorder = new CourseProgramRecorder();
        var get = recorder.Wrap<Action<RequestConfiguration<UsersRequestBuilderGetQueryParameters>>?>(GetAsync);
        return new CourseUserEnumeration(
            Pager.GetPages<UsersRequestBuilderGetQueryParameters, CourseUserPage, CourseUser>(get, query, options, UrlTemplate, cancellationToken),
            recorder);
    }

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class UsersRequestBuilderGetQueryParameters : IPagedQuery;
}
