using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Course participants as the course-users examples show them, with the optional progress sections.</summary>
internal static class CourseUserMapper
{
    public static CourseUser ToCourseUser(CourseUserRecord member, CourseRecord course, ContactRecord contact, IReadOnlyCollection<CourseUsersInclude> include)
    {
        var lessons = course.Lessons.ToList();
        var quizzes = lessons.Count(l => l.QuizId is not null);
        var progress = CourseUserProgress.Of(member, course);
        var item = new CourseUser
        {
            User = new UserSimple { Id = member.UserId, Name = contact.Name, Email = contact.Email },
            Contact = new Contact
            {
                Id = contact.Id,
                User_id = member.UserId,
                Email = contact.Email,
                First_name = contact.FirstName,
                Last_name = contact.LastName,
                Phone = contact.Phone,
                Created_at = contact.CreatedAt,
                Last_activity_at = contact.LastActivityAt,
            },
            Course_points = member.QuizScores,
            Course_progress = new CourseProgress
            {
                Course_id = course.Id,
                Course_url = $"{Wire.SchoolUrl}/courses/{course.Slug}",
                Title = course.Title,
                Lessons_count = lessons.Count,
                Lessons_count_viewed = member.LessonsViewed,
                Lessons_viewed_percentage = progress.LessonsViewed,
                Lessons_count_completed = member.LessonsCompleted,
                Lessons_completion_percentage = progress.General,
                Quizzes_count = quizzes,
                Quizzes_count_completed = member.QuizzesCompleted,
                Quizzes_completion_percentage = progress.Quizzes,
                Scores_max = quizzes * 100,
                Quizzes_scores = member.QuizScores,
                Product_scores = 0,
                Scores = member.QuizScores,
                Is_completed = member.LessonsCompleted == lessons.Count,
                Completed_at = member.LessonsCompleted == lessons.Count ? member.LastActivityAt : null,
                Current_lesson = Lesson(course, lessons.ElementAtOrDefault(Math.Max(0, member.LessonsViewed - 1))),
                Next_lesson = Lesson(course, lessons.ElementAtOrDefault(member.LessonsViewed)),
                Last_active_at = member.LastActivityAt,
                Is_checkpoints_skipped = false,
                Checkpoints = [],
                Is_current_dripping_date_skipped = false,
                Is_next_dripping_date_skipped = false,
            },
            Lessons_available_count = lessons.Count,
            Is_full_access = true,
            Subscription = new ProductAggregatedSubscription
            {
                Is_active = true,
                Is_paid = true,
                Start_at = member.StartedAt,
                Count_available_days = 365,
                State = Wire.State(open: true),
            },
        };

        if (include.Contains(CourseUsersInclude.Lesson_progress))
        {
            item.Lesson_progress = CourseUserProgress.Lessons(member, lessons);
        }

        if (include.Contains(CourseUsersInclude.Module_progress))
        {
            item.Module_progress = CourseUserProgress.Modules(member, course);
        }

        if (include.Contains(CourseUsersInclude.Quiz_progress))
        {
            item.Quiz_progress = CourseUserProgress.QuizAttempts(member, lessons);
        }

        return item;
    }

    private static CourseLessonSimple? Lesson(CourseRecord course, LessonRecord? lesson)
    {
        if (lesson is null)
        {
            return null;
        }

        var module = course.Modules.First(m => m.Id == lesson.ModuleId);
        return new CourseLessonSimple
        {
            Id = lesson.Id,
            Course_id = course.Id,
            Type_id = 1,
            Status_id = 4,
            Number = lesson.Number, // an integer on the wire
            Title = lesson.Title,
            Slug = lesson.Slug,
            Link = $"{Wire.SchoolUrl}/courses/{course.Slug}/{lesson.Slug}",
            Module = new CourseModuleSimple { Id = module.Id, Course_id = course.Id, Number = module.Number, Title = module.Title },
        };
    }
}
