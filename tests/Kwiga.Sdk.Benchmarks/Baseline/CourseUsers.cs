using System.Text.Json.Serialization;

namespace Kwiga.Sdk.Benchmarks.Baseline;

/// <summary><c>GET /courses/{course}/users</c> with every include.</summary>
public sealed record CourseUserPage
{
    [JsonPropertyName("data")] public List<CourseUser>? Data { get; init; }
    [JsonPropertyName("links")] public PageLinks? Links { get; init; }
    [JsonPropertyName("meta")] public PageMeta? Meta { get; init; }
    [JsonPropertyName("course_structure")] public List<CourseProgramNode>? CourseStructure { get; init; }
}

/// <summary>One participant row.</summary>
public sealed record CourseUser
{
    [JsonPropertyName("user")] public UserRef? User { get; init; }
    [JsonPropertyName("contact")] public Contact? Contact { get; init; }
    [JsonPropertyName("course_points")] public int? CoursePoints { get; init; }
    [JsonPropertyName("course_progress")] public CourseProgress? CourseProgress { get; init; }
    [JsonPropertyName("lessons_available_count")] public int? LessonsAvailableCount { get; init; }
    [JsonPropertyName("is_full_access")] public bool? IsFullAccess { get; init; }
    [JsonPropertyName("lesson_progress")] public List<NodeProgress>? LessonProgress { get; init; }
    [JsonPropertyName("module_progress")] public List<NodeProgress>? ModuleProgress { get; init; }
    [JsonPropertyName("quiz_progress")] public List<QuizProgress>? QuizProgress { get; init; }
}

/// <summary>A user's <c>{id, name, email}</c>.</summary>
public sealed record UserRef
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
}

/// <summary>Progress through the whole course.</summary>
public sealed record CourseProgress
{
    [JsonPropertyName("course_id")] public int? CourseId { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("lessons_count")] public int? LessonsCount { get; init; }
    [JsonPropertyName("lessons_count_viewed")] public int? LessonsCountViewed { get; init; }
    [JsonPropertyName("lessons_viewed_percentage")] public double? LessonsViewedPercentage { get; init; }
    [JsonPropertyName("lessons_count_completed")] public int? LessonsCountCompleted { get; init; }
    [JsonPropertyName("lessons_completion_percentage")] public double? LessonsCompletionPercentage { get; init; }
    [JsonPropertyName("quizzes_count")] public int? QuizzesCount { get; init; }
    [JsonPropertyName("quizzes_count_completed")] public int? QuizzesCountCompleted { get; init; }
    [JsonPropertyName("quizzes_completion_percentage")] public double? QuizzesCompletionPercentage { get; init; }
    [JsonPropertyName("scores_max")] public double? ScoresMax { get; init; }
    [JsonPropertyName("quizzes_scores")] public double? QuizzesScores { get; init; }
    [JsonPropertyName("is_completed")] public bool? IsCompleted { get; init; }
    [JsonPropertyName("completed_at")] public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>Progress through one lesson (<c>lesson_id</c>) or module (<c>module_id</c>).</summary>
public sealed record NodeProgress
{
    [JsonPropertyName("lesson_id")] public int? LessonId { get; init; }
    [JsonPropertyName("module_id")] public int? ModuleId { get; init; }
    [JsonPropertyName("is_watched")] public bool? IsWatched { get; init; }
    [JsonPropertyName("is_completed")] public bool? IsCompleted { get; init; }
    [JsonPropertyName("quizzing_status")] public StatusRef? QuizzingStatus { get; init; }
    [JsonPropertyName("watching_start_at")] public DateTimeOffset? WatchingStartAt { get; init; }
    [JsonPropertyName("watching_end_at")] public DateTimeOffset? WatchingEndAt { get; init; }
    [JsonPropertyName("quizzing_start_at")] public DateTimeOffset? QuizzingStartAt { get; init; }
    [JsonPropertyName("quizzing_end_at")] public DateTimeOffset? QuizzingEndAt { get; init; }
    [JsonPropertyName("completed_at")] public DateTimeOffset? CompletedAt { get; init; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>Progress through one quiz.</summary>
public sealed record QuizProgress
{
    [JsonPropertyName("course_lesson_id")] public int? CourseLessonId { get; init; }
    [JsonPropertyName("quiz_id")] public int? QuizId { get; init; }
    [JsonPropertyName("status")] public StatusRef? Status { get; init; }
    [JsonPropertyName("scores")] public double? Scores { get; init; }
    [JsonPropertyName("scores_max")] public double? ScoresMax { get; init; }
    [JsonPropertyName("started_at")] public DateTimeOffset? StartedAt { get; init; }
    [JsonPropertyName("finished_at")] public DateTimeOffset? FinishedAt { get; init; }
    [JsonPropertyName("checked_at")] public DateTimeOffset? CheckedAt { get; init; }
    [JsonPropertyName("last_activity_at")] public DateTimeOffset? LastActivityAt { get; init; }
    [JsonPropertyName("attempt_number")] public int? AttemptNumber { get; init; }
}

/// <summary>An enum sent as <c>{id, slug, title}</c>.</summary>
public sealed record StatusRef
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
}

/// <summary>One node of the course program (module, lesson, info section), recursively.</summary>
public sealed record CourseProgramNode
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("course_nodeble_type")] public string? CourseNodebleType { get; init; }
    [JsonPropertyName("course_nodeble_id")] public int? CourseNodebleId { get; init; }
    [JsonPropertyName("parent_id")] public int? ParentId { get; init; }
    [JsonPropertyName("order")] public int? Order { get; init; }
    [JsonPropertyName("course_nodeble")] public CourseNodeble? CourseNodeble { get; init; }
    [JsonPropertyName("quizzes")] public List<IdName>? Quizzes { get; init; }
    [JsonPropertyName("children")] public List<CourseProgramNode>? Children { get; init; }
}

/// <summary>What a program node stands for.</summary>
public sealed record CourseNodeble
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
}
