using Kwiga.Sandbox.Binding;
using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Validation;

namespace Kwiga.Sandbox.Data.Queries;

/// <summary>The parameters of <c>GET /courses/{course}/users</c> and its POST alias, and the filter they describe.</summary>
internal sealed class CourseUserQuery
{
    /// <summary>The documented maximum page size.</summary>
    public const int MaxPerPage = 250;

    public string? Search { get; set; }

    public int? ContactId { get; set; }

    public List<int>? ContactIds { get; set; }

    public int? UserId { get; set; }

    public List<int>? UserIds { get; set; }

    public List<string>? Emails { get; set; }

    public int? ProgressFrom { get; set; }

    public int? ProgressTo { get; set; }

    public int? LessonsViewedFrom { get; set; }

    public int? LessonsViewedTo { get; set; }

    public int? QuizzesFrom { get; set; }

    public int? QuizzesTo { get; set; }

    public string? LastActivityFrom { get; set; }

    public string? LastActivityTo { get; set; }

    public int? Page { get; set; }

    public int? PerPage { get; set; }

    public List<CourseUsersInclude> Include { get; set; } = [];

    /// <summary>The query-string part of a POST alias request (<c>include</c> comma-separated, as on the GET).</summary>
    public static CourseUserQuery FromQueryString(RawQuery query, LaravelValidator validator)
    {
        var include = new List<CourseUsersInclude>();
        foreach (var token in (query.String("include") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ContractEnum.TryParse<CourseUsersInclude>(token, out var value))
            {
                include.Add(value);
            }
            else
            {
                validator.Fail("include", "The selected include is invalid.");
            }
        }

        return new CourseUserQuery
        {
            Search = query.String("search"),
            ContactId = query.Int("contact_id"),
            ContactIds = query.Ints("contact_ids[]"),
            UserId = query.Int("user_id"),
            UserIds = query.Ints("user_ids[]"),
            Emails = query.Strings("emails[]"),
            ProgressFrom = query.Int("progress_general_from"),
            ProgressTo = query.Int("progress_general_to"),
            LessonsViewedFrom = query.Int("lessons_viewed_from"),
            LessonsViewedTo = query.Int("lessons_viewed_to"),
            QuizzesFrom = query.Int("quizzes_progress_from"),
            QuizzesTo = query.Int("quizzes_progress_to"),
            LastActivityFrom = query.String("last_activity_from"),
            LastActivityTo = query.String("last_activity_to"),
            Page = query.Int("page"),
            PerPage = query.Int("per_page"),
            Include = include,
        };
    }

    /// <summary>Lays the JSON body over this query: every field the body has wins.</summary>
    public CourseUserQuery Overlay(CourseUsersQuery? body)
    {
        if (body is null)
        {
            return this;
        }

        Search = body.Search ?? Search;
        ContactId = body.Contact_id ?? ContactId;
        ContactIds = body.Contact_ids ?? ContactIds;
        UserId = body.User_id ?? UserId;
        UserIds = body.User_ids ?? UserIds;
        Emails = body.Emails ?? Emails;
        ProgressFrom = body.Progress_general_from ?? ProgressFrom;
        ProgressTo = body.Progress_general_to ?? ProgressTo;
        LessonsViewedFrom = body.Lessons_viewed_from ?? LessonsViewedFrom;
        LessonsViewedTo = body.Lessons_viewed_to ?? LessonsViewedTo;
        QuizzesFrom = body.Quizzes_progress_from ?? QuizzesFrom;
        QuizzesTo = body.Quizzes_progress_to ?? QuizzesTo;
        LastActivityFrom = body.Last_activity_from ?? LastActivityFrom;
        LastActivityTo = body.Last_activity_to ?? LastActivityTo;
        Page = body.Page ?? Page;
        PerPage = body.Per_page ?? PerPage;
        Include = body.Include ?? Include;
        return this;
    }

    /// <summary>Validates the ranges the docs give and selects the matching participants, oldest first.</summary>
    public List<CourseUserRecord> Apply(CourseRecord course, SandboxStore store, LaravelValidator validator)
    {
        validator.Between("progress_general_from", ProgressFrom, 0, 99);
        validator.Between("progress_general_to", ProgressTo, 0, 100);
        validator.Between("lessons_viewed_from", LessonsViewedFrom, 0, 99);
        validator.Between("lessons_viewed_to", LessonsViewedTo, 0, 100);
        validator.Between("quizzes_progress_from", QuizzesFrom, 0, 99);
        validator.Between("quizzes_progress_to", QuizzesTo, 0, 100);
        validator.Emails("emails", Emails);
        var activityFrom = validator.Date("last_activity_from", LastActivityFrom);
        var activityTo = validator.Date("last_activity_to", LastActivityTo, endOfDay: true);
        validator.ThrowIfInvalid();

        var emails = Emails?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var search = Search?.Trim();
        return store.CourseUsers.Where(m => m.CourseId == course.Id).Where(m =>
        {
            var contact = store.FindContact(m.ContactId)!;
            var progress = CourseUserProgress.Of(m, course);
            return (ContactId is null || m.ContactId == ContactId)
                && (ContactIds is null || ContactIds.Contains(m.ContactId))
                && (UserId is null || m.UserId == UserId)
                && (UserIds is null || UserIds.Contains(m.UserId))
                && (emails is null || emails.Contains(contact.Email))
                && (string.IsNullOrEmpty(search) || contact.Email.Contains(search, StringComparison.OrdinalIgnoreCase) || contact.Name?.Contains(search, StringComparison.OrdinalIgnoreCase) == true)
                && InRange(progress.General, ProgressFrom, ProgressTo)
                && InRange(progress.LessonsViewed, LessonsViewedFrom, LessonsViewedTo)
                && InRange(progress.Quizzes, QuizzesFrom, QuizzesTo)
                && (activityFrom is null || m.LastActivityAt >= activityFrom)
                && (activityTo is null || m.LastActivityAt <= activityTo);
        }).ToList();
    }

    private static bool InRange(int value, int? from, int? to) => (from is null || value >= from) && (to is null || value <= to);
}
