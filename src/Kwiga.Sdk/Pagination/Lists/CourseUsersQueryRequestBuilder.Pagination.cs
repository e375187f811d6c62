using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;
using static Kwiga.Sdk.Courses.Item.Users.UsersRequestBuilder;

namespace Kwiga.Sdk.Courses.Item.Users.Query;

/// <summary>Auto-pagination of <c>POST /courses/{course}/users/query</c>, the JSON-body alias of the participants list.</summary>
public partial class QueryRequestBuilder
{
    /// <summary>
    /// Every participant matching <paramref name="query"/>, the same parameters as
    /// <see cref="UsersRequestBuilder.GetAllAsync"/>, sent as a JSON body (each request carries its page
    /// in the body); the course program is exposed once, as <see cref="CourseUserEnumeration.Program"/>.
    /// </summary>
    public CourseUserEnumeration PostAllAsync(Action<UsersRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default)
    {
        var recorder = new CourseProgramRecorder();
        var post = recorder.Wrap<byte[]>((json, token) => Pager.PostJsonAsync(RequestAdapter, UrlTemplate, PathParameters, json, CourseUserPage.CreateFromDiscriminatorValue, token));
        return new CourseUserEnumeration(
            Pager.AliasPages<UsersRequestBuilderGetQueryParameters, CourseUserPage, CourseUser>(post, query, options, UrlTemplate, cancellationToken),
            recorder);
    }
}
