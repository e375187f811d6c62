using Kwiga.Sdk.Models;

using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk;

/// <summary>
/// Every participant of a course, page after page, plus the course program: the server sends the
/// program (with <c>include=course_program</c>) once per page, identical each time; it is kept once
/// here, in <see cref="Program"/>, after the first page has been read.
/// </summary>
public sealed class CourseUserEnumeration : IAsyncEnumerable<CourseUser>
{
    private readonly IAsyncEnumerable<Page<CourseUser>> _pages;
    private readonly CourseProgramRecorder _recorder;

    internal CourseUserEnumeration(IAsyncEnumerable<Page<CourseUser>> pages, CourseProgramRecorder recorder)
    {
        _pages = pages;
        _recorder = recorder;
    }

    /// <summary>
    /// The course program (top-level <c>course_program</c>, or <c>course_structure</c> as the docs'
    /// example names it), available once enumeration has started; null without <c>include=course_program</c>.
    /// </summary>
    public IReadOnlyList<CourseProgram>? Program => _recorder.Program;

    /// <summary>The pages themselves, with <c>meta</c> and <c>links</c> (the program is recorded from them too).</summary>
    public IAsyncEnumerable<Page<CourseUser>> Pages => _pages;

    /// <inheritdoc />
    public IAsyncEnumerator<CourseUser> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(_pages, cancellationToken).GetAsyncEnumerator(cancellationToken);
}
