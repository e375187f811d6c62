namespace Kwiga.Sdk.Testing;

/// <summary>A course for <see cref="SandboxData.AddCourse"/>: its product, its program and its participants.</summary>
public sealed class NewCourse
{
    /// <summary>The title (required).</summary>
    public required string Title { get; init; }

    /// <summary>How many lessons its program has (1–99, default 9), three to a module; every third ends with a quiz.</summary>
    public int LessonCount { get; init; } = 9;

    /// <summary>Whether it is published (default true).</summary>
    public bool IsPublished { get; init; } = true;

    /// <summary>Its participants: contacts of the cabinet, each at most once, with their progress.</summary>
    public IReadOnlyList<NewParticipant> Participants { get; init; } = [];
}
