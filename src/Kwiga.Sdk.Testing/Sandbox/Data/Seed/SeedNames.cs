namespace Kwiga.Sandbox.Data.Seed;

/// <summary>Fixed word lists the seeded data set draws from.</summary>
internal static class SeedNames
{
    public static readonly string[] FirstNames =
    [
        "James", "Olena", "Petr", "Iryna", "Taras", "Anna", "Mark", "Sofia", "Dmytro", "Maria",
        "Andrii", "Kateryna", "Oleh", "Natalia", "Ivan", "Yulia", "Serhii", "Oksana", "Max", "Daria",
    ];

    public static readonly string[] LastNames =
    [
        "Bond", "Shevchenko", "Ivanov", "Kovalenko", "Bondarenko", "Tkachenko", "Kravets", "Melnyk",
        "Boyko", "Moroz", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Marchenko",
    ];

    /// <summary>Email domains; <c>example.com</c> is the one the docs' search example looks for.</summary>
    public static readonly string[] Domains = ["example.com", "example.org", "mail.test", "example.com", "kwiga.test"];

    public static readonly string[] Tags = ["test-tag", "vip", "newsletter", "webinar-2024", "lead", "student"];

    public static readonly string[] UtmSources = ["google", "facebook", "instagram", "newsletter", "test-source"];

    public static readonly string[] UtmCampaigns = ["spring-sale", "black-friday", "launch"];
}
