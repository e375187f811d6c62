using System.Globalization;
using Base = Kwiga.Sdk.Benchmarks.Baseline;
using Models = Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Benchmarks.Deserialization;

/// <summary>
/// Proves that the readers being timed really read the example: a fingerprint of the values that
/// matter (counts at every level, dates, decimals sent as strings, deepest nested names) must be the
/// same from the SDK's models as from the System.Text.Json baseline.
/// </summary>
public static class ExampleChecks
{
    /// <summary>Throws when <paramref name="model"/> does not fingerprint as <paramref name="expected"/> does.</summary>
    public static void Check(DocsExample example, object? expected, object? model, string reader)
    {
        var want = Fingerprint(expected);
        var got = Fingerprint(model);
        if (want != got)
        {
            throw new InvalidOperationException($"{reader} misread the {example} example:\n  expected {want}\n  got      {got}");
        }
    }

    /// <summary>The fingerprint of one of the models (baseline or SDK) of the three examples.</summary>
    public static string Fingerprint(object? model) => model switch
    {
        Base.CourseUserPage p => Join(
            p.Data?.Count, p.Data?[0].Contact?.Email, p.Data?[0].CourseProgress?.LessonsViewedPercentage,
            p.Data?[0].LessonProgress?.Count, p.Data?[0].LessonProgress?[1].QuizzingStatus?.Slug, p.Data?[0].LessonProgress?[0].CompletedAt,
            p.Data?[0].ModuleProgress?[0].ModuleId, p.Data?[0].QuizProgress?[0].AttemptNumber, p.Data?[0].QuizProgress?[0].Scores,
            p.Meta?.Total, p.Links?.First, Nodes(p.CourseStructure, n => n.Children), p.CourseStructure?[0].Children?[0].Children?[0].CourseNodeble?.Slug),
        Models.CourseUserPage p => Join(
            p.Data?.Count, p.Data?[0].Contact?.Email, p.Data?[0].CourseProgress?.LessonsViewedPercentage,
            p.Data?[0].LessonProgress?.Count, p.Data?[0].LessonProgress?[1].QuizzingStatus?.Slug, p.Data?[0].LessonProgress?[0].CompletedAt,
            p.Data?[0].ModuleProgress?[0].ModuleId, p.Data?[0].QuizProgress?[0].AttemptNumber, p.Data?[0].QuizProgress?[0].Scores,
            p.Meta?.Total, p.Links?.First, Nodes(p.CourseStructure, n => n.Children), p.CourseStructure?[0].Children?[0].Children?[0].CourseNodeble?.Slug),
        Base.OfferPage p => Join(
            p.Data?.Count, p.Data?[0].Price?.Amount, p.Data?[0].PriceDiscounted?.Amount, p.Data?[0].Price?.Currency?.HtmlCode,
            p.Data?[0].Discount?.StartAt, p.Data?[0].Discount?.EndTimezone?.NameFull, p.Data?[0].ValidityEnd?.Timezone?.Value,
            p.Data?[0].Products?.Count, p.Meta?.Links?.Count, p.Meta?.Links?[1].Url),
        Models.OfferPage p => Join(
            p.Data?.Count, p.Data?[0].Price?.Amount, p.Data?[0].PriceDiscounted?.Amount, p.Data?[0].Price?.Currency?.HtmlCode,
            p.Data?[0].Discount?.StartAt, p.Data?[0].Discount?.EndTimezone?.NameFull, p.Data?[0].ValidityEnd?.Timezone?.Value,
            p.Data?[0].Products?.Count, p.Meta?.Links?.Count, p.Meta?.Links?[1].Url),
        Base.ContactResponse r => Join(
            r.Data?.Email, r.Data?.PhoneNumber, r.Data?.AdditionalFields?[0].Field?.Title, r.Data?.Orders?.Count,
            r.Data?.Orders?[0].Products?[0].Link, r.Data?.Orders?[0].Payments?[0].PriceInfo?.Amount,
            r.Data?.Orders?[0].Payments?[0].PriceInfo?.Currency?.HtmlLetterCode, r.Data?.Orders?[0].Payments?[0].PaidAt),
        Models.ContactResponse r => Join(
            r.Data?.Email, r.Data?.PhoneNumber, r.Data?.AdditionalFields?[0].Field?.Title, r.Data?.Orders?.Count,
            r.Data?.Orders?[0].Products?[0].Link, r.Data?.Orders?[0].Payments?[0].PriceInfo?.Amount,
            r.Data?.Orders?[0].Payments?[0].PriceInfo?.Currency?.HtmlLetterCode, r.Data?.Orders?[0].Payments?[0].PaidAt),
        null => "(null)",
        _ => throw new ArgumentException($"no fingerprint for {model.GetType()}", nameof(model)),
    };

    private static int Nodes<T>(List<T>? nodes, Func<T, List<T>?> children) =>
        nodes?.Sum(n => 1 + Nodes(children(n), children)) ?? 0;

    private static string Join(params object?[] values) =>
        string.Join(" | ", values.Select(v => v switch
        {
            null => "null",
            DateTimeOffset d => d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}
