using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Seed;

/// <summary>Timezones, courses with their programs, products, offers and managers.</summary>
internal static class CatalogSeed
{
    private static readonly (int Id, string Name, string Offset)[] TimezoneRows =
    [
        (1, "Asia/Kabul", "+04:30"), (2, "Europe/Tirane", "+02:00"), (3, "Africa/Algiers", "+01:00"),
        (12, "America/Argentina/Buenos_Aires", "-03:00"), (24, "Australia/Sydney", "+11:00"), (44, "America/Sao_Paulo", "-03:00"),
        (68, "America/Toronto", "-05:00"), (100, "Europe/Prague", "+01:00"), (110, "Europe/Berlin", "+01:00"),
        (140, "Europe/Madrid", "+01:00"), (160, "Europe/Paris", "+01:00"), (165, "Europe/London", "+00:00"),
        (180, "Asia/Tbilisi", "+04:00"), (200, "Asia/Hong_Kong", "+08:00"), (230, "Asia/Kolkata", "+05:30"),
        (250, "Asia/Tokyo", "+09:00"), (300, "Europe/Vilnius", "+02:00"), (310, "Europe/Riga", "+02:00"),
        (330, "Europe/Warsaw", "+01:00"), (350, "Europe/Lisbon", "+00:00"), (360, "Europe/Bucharest", "+02:00"),
        (371, "Europe/Kyiv", "+03:00"), (375, "UTC", "+00:00"), (400, "America/New_York", "-05:00"),
    ];

    /// <summary>The timezone dictionary: the platform's, not the cabinet's, so an empty cabinet has it too.</summary>
    public static void SeedTimezones(SandboxStore store)
        => store.Timezones.AddRange(TimezoneRows.Select(r => new TimezoneRecord(r.Id, r.Name, "UTC" + r.Offset)));

    public static void Seed(SandboxStore store, DateTimeOffset origin)
    {
        SeedTimezones(store);
        store.Managers[264] = ("Manager One", "manager.one@example.com");
        store.Managers[288] = ("Manager Two", "manager.two@example.com");
        store.ContactFields[17] = "Company";
        store.ContactFields[18] = "Position";

        string[] courseTitles = ["Dripping", "Sales Basics", "Marathon: 30 days of English", "Photography 101"];
        for (var i = 0; i < courseTitles.Length; i++)
        {
            var courseId = 20 + i;
            var productId = 201 + i;
            var modules = new List<ModuleRecord>();
            var lessonNumber = 0;
            for (var m = 0; m < 3; m++)
            {
                var moduleId = courseId * 10 + m;
                var lessons = Enumerable.Range(0, 3).Select(l =>
                {
                    lessonNumber++;
                    var lessonId = courseId * 100 + lessonNumber;
                    int? quizId = l == 2 ? courseId * 1000 + m : null;
                    return new LessonRecord(lessonId, moduleId, lessonNumber, $"Lesson {lessonNumber}", $"lesson-{lessonNumber}", quizId);
                }).ToList();
                modules.Add(new ModuleRecord(moduleId, m + 1, $"Module {m + 1}", lessons));
            }

            var slug = courseTitles[i].ToLowerInvariant().Replace(':', ' ').Replace("  ", " ", StringComparison.Ordinal).Replace(' ', '-');
            var created = origin.AddDays(-300 + i * 20);
            store.Courses.Add(new CourseRecord(courseId, productId, courseTitles[i], slug, IsMarathon: i == 2, IsPublished: i != 3, modules, created));
            store.Products.Add(new ProductRecord(productId, "course", courseId, courseTitles[i], slug, created));
        }

        string[] otherProducts = ["Checklist: launch plan", "Webinar recording", "Consultation", "Templates pack"];
        for (var i = 0; i < otherProducts.Length; i++)
        {
            store.Products.Add(new ProductRecord(205 + i, "info_unit", 500 + i, otherProducts[i], $"product-{205 + i}", origin.AddDays(-200 + i * 10)));
        }

        // Twelve offers: one free, several paid, one with a discount and one with a sales limit.
        decimal[] prices = [0m, 10m, 25m, 49.99m, 99m, 147m, 15m, 30m, 75m, 120m, 5m, 199m];
        for (var i = 0; i < prices.Length; i++)
        {
            var id = 101 + i;
            var productIds = i < 8 ? new[] { 201 + i % 4 } : new[] { 205 + i % 4, 201 + i % 4 };
            store.Offers.Add(new OfferRecord(
                id,
                Code: OfferCode(id),
                Title: prices[i] == 0 ? $"Free offer #{id}" : $"Offer #{id}",
                Price: prices[i],
                DiscountedPrice: i == 1 ? 5m : null,
                LimitOfSales: i == 5 ? 20 : null,
                ProductIds: productIds,
                CreatedAt: origin.AddDays(-250 + i * 7)));
        }
    }

    internal static string OfferCode(int id)
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = new char[12];
        var state = (uint)id * 2654435761u;
        for (var i = 0; i < chars.Length; i++)
        {
            state = state * 1103515245u + 12345u;
            chars[i] = alphabet[(int)(state >> 16) % alphabet.Length];
        }

        return new string(chars);
    }
}
