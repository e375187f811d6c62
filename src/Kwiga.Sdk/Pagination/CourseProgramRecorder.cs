using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Pagination;

/// <summary>Keeps the course program of the first page that carries one (every page repeats it).</summary>
internal sealed class CourseProgramRecorder
{
    public IReadOnlyList<CourseProgram>? Program { get; private set; }

    /// <summary>Wraps a page request so its program is recorded.</summary>
    public Func<TArgument, CancellationToken, Task<CourseUserPage?>> Wrap<TArgument>(Func<TArgument, CancellationToken, Task<CourseUserPage?>> request) =>
        async (argument, cancellationToken) =>
        {
            var page = await request(argument, cancellationToken).ConfigureAwait(false);

            // The docs' text names it course_program, their example course_structure: take either.
            Program ??= page?.CourseProgram ?? page?.CourseStructure;
            return page;
        };
}
