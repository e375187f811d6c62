namespace Kwiga.Sandbox.Data.Records;

/// <summary>A participant of a course and how far they got.</summary>
internal sealed class CourseUserRecord
{
    public int CourseId { get; init; }

    public int ContactId { get; init; }

    public int UserId { get; init; }

    /// <summary>Lessons opened, in program order (a prefix of the course's lessons).</summary>
    public int LessonsViewed { get; init; }

    /// <summary>Lessons completed (at most <see cref="LessonsViewed"/>).</summary>
    public int LessonsCompleted { get; init; }

    /// <summary>Quizzes passed, counted in program order.</summary>
    public int QuizzesCompleted { get; init; }

    public int QuizScores { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? LastActivityAt { get; init; }
}
