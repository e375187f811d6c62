using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Seed;

/// <summary>Course participants with progress: the first course has <c>courseUserCount</c> of them.</summary>
internal static class CourseUserSeed
{
    public static void Seed(SandboxStore store, Random random, int courseUserCount)
    {
        foreach (var course in store.Courses)
        {
            var lessons = course.Lessons.ToList();
            var quizLessons = lessons.Select((l, i) => (l, i)).Where(x => x.l.QuizId is not null).Select(x => x.i).ToList();
            IEnumerable<ContactRecord> members = course.Id switch
            {
                20 => store.Contacts.Take(courseUserCount),
                21 => store.Contacts.Where(c => c.UserId is not null && c.Id % 7 == 0),
                22 => store.Contacts.Take(courseUserCount).Where(c => c.Id % 11 == 0),
                _ => [],
            };

            foreach (var contact in members)
            {
                // The first five contacts finished the first course (they hold its certificates).
                var finished = course.Id == 20 && contact.Id <= 5;
                var viewed = finished ? lessons.Count : random.Next(lessons.Count + 1);
                var completed = finished ? viewed : random.Next(viewed + 1);
                var quizzes = quizLessons.Count(index => index < completed);
                var started = contact.CreatedAt.AddDays(random.Next(1, 30));
                store.CourseUsers.Add(new CourseUserRecord
                {
                    CourseId = course.Id,
                    ContactId = contact.Id,
                    UserId = contact.UserId ?? 1000 + contact.Id,
                    LessonsViewed = viewed,
                    LessonsCompleted = completed,
                    QuizzesCompleted = quizzes,
                    QuizScores = quizzes * (60 + random.Next(41)),
                    StartedAt = started,
                    LastActivityAt = viewed == 0 ? null : started.AddDays(random.Next(1, 120)),
                });
            }
        }
    }
}
