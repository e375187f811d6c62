using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>
/// A participant's progress in percent (what the <c>*_from</c>/<c>*_to</c> filters compare) and the
/// per-lesson, per-module and per-quiz sections of <c>include</c>. Lessons are viewed and completed in
/// program order, so the first <c>LessonsViewed</c> lessons are the viewed ones.
/// </summary>
internal readonly record struct CourseUserProgress(int General, int LessonsViewed, int Quizzes)
{
    private static readonly Kwiga.Sandbox.Contract.Enum Completed = new() { Id = 4, Slug = "Completed", Title = "Completed" };
    private static readonly Kwiga.Sandbox.Contract.Enum InProgress = new() { Id = 3, Slug = "InProgress", Title = "In progress" };
    private static readonly Kwiga.Sandbox.Contract.Enum Passed = new() { Id = 1, Slug = "Passed", Title = "Passed" };

    public static CourseUserProgress Of(CourseUserRecord member, CourseRecord course)
    {
        var lessons = course.Lessons.Count();
        var quizzes = course.Lessons.Count(l => l.QuizId is not null);
        static int Percent(int part, int whole) => whole == 0 ? 0 : part * 100 / whole;
        return new CourseUserProgress(Percent(member.LessonsCompleted, lessons), Percent(member.LessonsViewed, lessons), Percent(member.QuizzesCompleted, quizzes));
    }

    public static List<LessonProgress> Lessons(CourseUserRecord member, IReadOnlyList<LessonRecord> lessons)
        => lessons.Take(member.LessonsViewed).Select((lesson, index) =>
        {
            var at = At(member, index);
            var done = index < member.LessonsCompleted;
            return new LessonProgress
            {
                Lesson_id = lesson.Id,
                Is_watched = true,
                Is_completed = done,
                Quizzing_status = done ? Completed : InProgress,
                Watching_start_at = at,
                Watching_end_at = at.AddMinutes(10),
                Quizzing_start_at = done && lesson.QuizId is not null ? at.AddMinutes(10) : null,
                Quizzing_end_at = done && lesson.QuizId is not null ? at.AddMinutes(14) : null,
                Completed_at = done ? at.AddMinutes(15) : null,
                Created_at = at,
                Updated_at = at.AddMinutes(done ? 15 : 10),
            };
        }).ToList();

    public static List<ModuleProgress> Modules(CourseUserRecord member, CourseRecord course)
    {
        var lessons = course.Lessons.ToList();
        return course.Modules.Where(m => lessons.IndexOf(m.Lessons[0]) < member.LessonsViewed).Select(module =>
        {
            var first = lessons.IndexOf(module.Lessons[0]);
            var last = lessons.IndexOf(module.Lessons[^1]);
            var done = last < member.LessonsCompleted;
            return new ModuleProgress
            {
                Module_id = module.Id,
                Is_watched = last < member.LessonsViewed,
                Is_completed = done,
                Quizzing_status = done ? Completed : InProgress,
                Watching_start_at = At(member, first),
                Watching_end_at = last < member.LessonsViewed ? At(member, last).AddMinutes(10) : null,
                Completed_at = done ? At(member, last).AddMinutes(15) : null,
                Created_at = At(member, first),
                Updated_at = At(member, Math.Min(last, member.LessonsViewed - 1)).AddMinutes(10),
            };
        }).ToList();
    }

    public static List<QuizProgress> QuizAttempts(CourseUserRecord member, IReadOnlyList<LessonRecord> lessons)
        => lessons.Select((lesson, index) => (lesson, index))
            .Where(x => x.lesson.QuizId is not null && x.index < member.LessonsCompleted)
            .Select(x => new QuizProgress
            {
                Course_lesson_id = x.lesson.Id,
                Quiz_id = x.lesson.QuizId,
                Status = Passed,
                Scores = member.QuizzesCompleted == 0 ? 0 : member.QuizScores / member.QuizzesCompleted,
                Scores_max = 100,
                Started_at = At(member, x.index).AddMinutes(10),
                Finished_at = At(member, x.index).AddMinutes(14),
                Last_activity_at = At(member, x.index).AddMinutes(14),
                Attempt_number = 1,
            }).ToList();

    // One lesson a day from the start of the participation.
    private static DateTimeOffset At(CourseUserRecord member, int lessonIndex) => member.StartedAt.AddDays(lessonIndex);
}
