namespace Kwiga.Sandbox.Data.Seed;

/// <summary>
/// Builds the deterministic data set: one <see cref="Random"/> with a fixed seed and a fixed origin date,
/// never the current time, so every run (and every machine) serves the same cabinet.
/// </summary>
internal static class SandboxSeeder
{
    /// <summary>Creation dates count back from here: the newest seeded contact was created at this instant.</summary>
    public static readonly DateTimeOffset Origin = new(2024, 6, 1, 9, 30, 0, TimeSpan.Zero);

    public static SandboxStore Create(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = new SandboxStore(options.TimeProvider);
        var random = new Random(options.Seed);
        if (!options.DefaultData)
        {
            CatalogSeed.SeedTimezones(store);
            return store;
        }

        CatalogSeed.Seed(store, Origin);
        ContactSeed.Seed(store, random, Origin, options.ContactCount, options.CourseUserCount);
        CourseUserSeed.Seed(store, random, options.CourseUserCount);
        MarketingSeed.Seed(store, random, Origin);
        return store;
    }
}
