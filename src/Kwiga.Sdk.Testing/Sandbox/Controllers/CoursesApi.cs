using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Queries;
using Kwiga.Sandbox.Pagination;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Courses tag: courses (at most 15 a page) and their participants (at most 250 a page).</summary>
internal sealed class CoursesApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), ICoursesController
{
    /// <summary>The documented maximum page size of <c>GET /courses</c>.</summary>
    public const int MaxCoursesPerPage = 15;

    public Task<ActionResult<CoursePage>> ListCoursesAsync(IEnumerable<CourseWith>? with, SortDirection? sort_by, int per_page, int page, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var request = PageRequest.From(validator, page, per_page, MaxCoursesPerPage);
        validator.ThrowIfInvalid();
        var extras = with?.ToHashSet() ?? [];
        lock (Store.Sync)
        {
            var courses = sort_by == SortDirection.Asc ? Store.Courses.OrderBy(c => c.CreatedAt) : Store.Courses.OrderByDescending(c => c.CreatedAt);
            var result = Paginator.Paginate(courses.ToList(), request, Request);
            return Ok(new CoursePage { Data = result.Data.Select(c => CourseMapper.ToCourse(c, Store, extras)).ToList(), Links = result.Links, Meta = result.Meta });
        }
    }

    public Task<ActionResult<CourseUserPage>> ListCourseUsersAsync(
        string? search, int? contact_id, IEnumerable<int>? contact_ids, int? user_id, IEnumerable<int>? user_ids, IEnumerable<string>? emails,
        int? progress_general_from, int? progress_general_to, int? lessons_viewed_from, int? lessons_viewed_to, int? quizzes_progress_from,
        int? quizzes_progress_to, string? last_activity_from, string? last_activity_to, int per_page, int page,
        IEnumerable<CourseUsersInclude>? include, Locale? x_Language, int course, CancellationToken cancellationToken = default)
    {
        var query = new CourseUserQuery
        {
            Search = search,
            ContactId = contact_id,
            ContactIds = Given(contact_ids),
            UserId = user_id,
            UserIds = Given(user_ids),
            Emails = Given(emails),
            ProgressFrom = progress_general_from,
            ProgressTo = progress_general_to,
            LessonsViewedFrom = lessons_viewed_from,
            LessonsViewedTo = lessons_viewed_to,
            QuizzesFrom = quizzes_progress_from,
            QuizzesTo = quizzes_progress_to,
            LastActivityFrom = last_activity_from,
            LastActivityTo = last_activity_to,
            PerPage = per_page,
            Page = page,
            Include = Given(include) ?? [],
        };
        return Ok(Users(course, query, new LaravelValidator()));
    }

    public Task<ActionResult<CourseUserPage>> QueryCourseUsersAsync(CourseUsersQuery body, Locale? x_Language, int course, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var query = CourseUserQuery.FromQueryString(Query(validator), validator).Overlay(body);
        return Ok(Users(course, query, validator));
    }

    private CourseUserPage Users(int courseId, CourseUserQuery query, LaravelValidator validator)
    {
        var request = PageRequest.From(validator, query.Page, query.PerPage, CourseUserQuery.MaxPerPage);
        lock (Store.Sync)
        {
            var course = Found(Store.Courses.Find(c => c.Id == courseId));
            var members = query.Apply(course, Store, validator);
            var result = Paginator.Paginate(members, request, Request);
            var page = new CourseUserPage
            {
                Data = result.Data.Select(m => CourseUserMapper.ToCourseUser(m, course, Store.FindContact(m.ContactId)!, query.Include)).ToList(),
                Links = result.Links,
                Meta = result.Meta,
            };
            if (query.Include.Contains(CourseUsersInclude.Course_program))
            {
                // The docs' text calls it course_program, their example course_structure: both are sent.
                page.Course_program = CourseMapper.Program(course);
                page.Course_structure = CourseMapper.Program(course);
            }

            return page;
        }
    }
}
