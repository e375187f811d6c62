namespace Kwiga.Sandbox.Data.Records;

/// <summary>A product: the sellable wrapper of a course or another entity.</summary>
internal sealed record ProductRecord(int Id, string ProductableType, int ProductableId, string Title, string Slug, DateTimeOffset CreatedAt);

/// <summary>An offer: what a buyer pays for, granting one or more products.</summary>
internal sealed record OfferRecord(
    int Id,
    string Code,
    string Title,
    decimal Price,
    decimal? DiscountedPrice,
    int? LimitOfSales,
    IReadOnlyList<int> ProductIds,
    DateTimeOffset CreatedAt)
{
    public bool IsFree => Price == 0;
}

/// <summary>A lesson of a course module; <paramref name="QuizId"/> when it ends with a quiz.</summary>
internal sealed record LessonRecord(int Id, int ModuleId, int Number, string Title, string Slug, int? QuizId);

/// <summary>A module of a course with its lessons.</summary>
internal sealed record ModuleRecord(int Id, int Number, string Title, IReadOnlyList<LessonRecord> Lessons);

/// <summary>A course with its program.</summary>
internal sealed record CourseRecord(int Id, int ProductId, string Title, string Slug, bool IsMarathon, bool IsPublished, IReadOnlyList<ModuleRecord> Modules, DateTimeOffset CreatedAt)
{
    public IEnumerable<LessonRecord> Lessons => Modules.SelectMany(m => m.Lessons);
}

/// <summary>A timezone of the dictionary.</summary>
internal sealed record TimezoneRecord(int Id, string Name, string Offset);

/// <summary>An issued certificate.</summary>
internal sealed record CertificateRecord(int Id, string Uuid, string Number, int UserId, string UserName, string UserEmail, string CourseTitle, int Points, DateTimeOffset IssuedAt);
