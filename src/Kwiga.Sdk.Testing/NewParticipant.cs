namespace Kwiga.Sdk.Testing;

/// <summary>A participant of a <see cref="NewCourse"/> and how far they got in its program.</summary>
public sealed class NewParticipant
{
    /// <summary>The contact's id (one of the cabinet's contacts).</summary>
    public required int ContactId { get; init; }

    /// <summary>Lessons completed, in program order (0 to the course's <see cref="NewCourse.LessonCount"/>).</summary>
    public int LessonsCompleted { get; init; }

    /// <summary>Lessons opened, in program order; default: <see cref="LessonsCompleted"/>. Not fewer than completed.</summary>
    public int? LessonsViewed { get; init; }
}
