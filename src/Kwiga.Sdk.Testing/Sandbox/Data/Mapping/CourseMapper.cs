using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Courses (type and status as objects, as the wire sends them) and their program tree.</summary>
internal static class CourseMapper
{
    public static Course ToCourse(CourseRecord course, SandboxStore store, IReadOnlyCollection<CourseWith> with)
    {
        var item = new Course
        {
            Id = course.Id,
            Product_id = course.ProductId,
            Type = course.IsMarathon
                ? new CourseType { Id = 2, Name = "Marathon", Type = "marathon" }
                : new CourseType { Id = 1, Name = "Course", Type = "course" },
            Title = course.Title,
            Slug = course.Slug,
            Link = $"{Wire.SchoolUrl}/courses/{course.Slug}",
            Status = course.IsPublished ? new NamedValue { Id = 3, Name = "Published" } : new NamedValue { Id = 1, Name = "Draft" },
        };
        if (with.Contains(CourseWith.Offers))
        {
            item.Offers = store.Offers.Where(o => o.ProductIds.Contains(course.ProductId)).Select(o => OfferMapper.Full(o, store)).ToList();
        }

        if (with.Contains(CourseWith.Description))
        {
            item.Info_units =
            [
                new InfoUnit { Id = course.Id * 10 + 1, Title = "About the course", Description_formatted = $"<p>{course.Title}: what you will learn.</p>", Has_external_links = false, Position = 1, Type_id = 1 },
            ];
        }

        if (with.Contains(CourseWith.Program))
        {
            item.Program = Program(course);
        }

        return item;
    }

    /// <summary>The program tree: modules, their lessons, and one info section per lesson carrying its quiz.</summary>
    public static List<CourseProgram> Program(CourseRecord course)
        => course.Modules.Select(module => new CourseProgram
        {
            Id = module.Id * 10,
            Course_nodeble_type = "course_module",
            Course_nodeble_id = module.Id,
            Order = module.Number,
            Course_nodeble = new CourseNodeble { Id = module.Id, Title = module.Title },
            Children = module.Lessons.Select((lesson, index) => new CourseProgram
            {
                Id = lesson.Id * 10,
                Course_nodeble_type = "course_lesson",
                Course_nodeble_id = lesson.Id,
                Parent_id = module.Id * 10,
                Order = index + 1,
                Course_nodeble = new CourseNodeble { Id = lesson.Id, Title = lesson.Title },
                Children =
                [
                    new CourseProgram
                    {
                        Id = lesson.Id * 10 + 1,
                        Course_nodeble_type = "info_section",
                        Course_nodeble_id = lesson.Id * 10 + 1,
                        Parent_id = lesson.Id * 10,
                        Order = 1,
                        Course_nodeble = new CourseNodeble { Id = lesson.Id * 10 + 1, Name = "Theory", Slug = "theory" },
                        Quizzes = lesson.QuizId is { } quiz ? [new QuizIdentifier { Id = quiz, Name = $"{module.Title} quiz" }] : [],
                        Children = [],
                    },
                ],
            }).ToList(),
        }).ToList();
}
