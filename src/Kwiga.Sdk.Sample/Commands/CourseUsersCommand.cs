using System.Globalization;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Sample.Output;

namespace Kwiga.Sdk.Sample.Commands;

/// <summary><c>kwiga course-users [COURSE_ID] [--all]</c>: a course's participants with their progress.</summary>
internal sealed class CourseUsersCommand(int? courseId, bool all) : ICommand
{
    /// <summary>The first seeded course of the sandbox (320 participants).</summary>
    private const int SandboxCourse = 20;
    private const int Shown = 10;

    public async Task RunAsync(Session session, CancellationToken cancellationToken)
    {
        var (id, title) = courseId is int given ? (given, null) : await DefaultCourseAsync(session, cancellationToken).ConfigureAwait(false);
        var users = session.Client.Courses[id].Users.GetAllAsync(
            q => q.Include = [CourseUsersInclude.LessonProgress],
            cancellationToken: cancellationToken);

        var table = new Table("EMAIL", "VIEWED", "COMPLETED", "LESSONS");
        int count = 0, completed = 0;
        double viewed = 0;
        await foreach (var user in users.ConfigureAwait(false))
        {
            var progress = user.CourseProgress;
            title ??= progress?.Title;
            count++;
            completed += progress?.IsCompleted == true ? 1 : 0;
            viewed += progress?.LessonsViewedPercentage ?? 0;
            if (all || count <= Shown)
            {
                table.Add(
                    user.User?.Email ?? user.Contact?.Email ?? "-",
                    Text.Percent(progress?.LessonsViewedPercentage),
                    Text.YesNo(progress?.IsCompleted),
                    Lessons(user));
            }
        }

        var output = session.Terminal.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Course {id}{(title is null ? string.Empty : $" \"{title}\"")}: {count} participants, {completed} completed, {(count == 0 ? 0 : viewed / count):0}% of lessons viewed on average"));
        if (table.Count > 0)
        {
            table.WriteTo(output);
        }

        if (count > table.Count)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {count - table.Count} more ({CommandLine.Invocation} course-users {id} --all lists every one)"));
        }
    }

    /// <summary>Lessons with progress (<c>include=lesson_progress</c>) out of the course's lessons.</summary>
    private static string Lessons(CourseUser user)
    {
        var started = user.LessonProgress?.Count ?? 0;
        return user.CourseProgress?.LessonsCount is int total ? string.Create(CultureInfo.InvariantCulture, $"{started}/{total}") : Text.Number(started);
    }

    /// <summary>
    /// The sandbox's course 20, or the cabinet's newest course with participants (courses are listed newest
    /// first; a new course often has nobody yet, which would show an empty table).
    /// </summary>
    private static async Task<(int Id, string? Title)> DefaultCourseAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.IsSandbox)
        {
            return (SandboxCourse, null);
        }

        var courses = await session.Client.Courses.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (courses?.Data is not { Count: > 0 } newestFirst)
        {
            throw new UsageException($"the cabinet has no courses; give a course id: {CommandLine.Invocation} course-users COURSE_ID.");
        }

        foreach (var course in newestFirst)
        {
            if (course.Id is not int id)
            {
                continue;
            }

            // One participant per page: the page's meta.total is the course's participant count.
            var participants = await session.Client.Courses[id].Users.GetAsync(r => r.QueryParameters.PerPage = 1, cancellationToken).ConfigureAwait(false);
            if (participants?.Meta?.Total > 0)
            {
                return (id, course.Title);
            }
        }

        var newest = newestFirst[0];
        return (newest.Id ?? throw new UsageException($"give a course id: {CommandLine.Invocation} course-users COURSE_ID."), newest.Title);
    }
}
