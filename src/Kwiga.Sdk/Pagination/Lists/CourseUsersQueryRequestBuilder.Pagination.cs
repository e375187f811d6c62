using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Courses.Item.Users.Query;

/// <summary>Auto-pagination of <c>POST /courses/{course}/users/query</c>, the JSON-body alias of the participants list.</summary>
public partial class QueryRequestBuilder
{
    /// <summary>
    /// Every participant matching <paramref name="body"/> (each request carries its page in the body);
    /// the course program is exposed once, as <see cref="CourseUserEnumeration.Program"/>.
    /// </summary>
    public CourseUserEnumeration PostAllAsync(CourseUsersQuery body, PageOptions? options = null, CancellationToken cancellationToken = default)
    {
        var recorder = new CourseProgramRecorder();
        var post = recorder.Wrap<CourseUsersQuery>((b, token) => PostAsync(b, cancellationToken: token));
        return new CourseUserEnumeration(
            Pager.PostPages<CourseUsersQuery, CourseUserPage, CourseUser>(post, body, options, PageSizes.CourseUsers, cancellationToken),
            recorder);
    }
}
