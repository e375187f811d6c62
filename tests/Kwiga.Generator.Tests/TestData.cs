namespace Kwiga.Generator.Tests;

/// <summary>Locates test data copied next to the test assembly, and the shared docs seed.</summary>
internal static class TestData
{
    public const string SeedFileName = "000_5fdd24ffef1be311.txt";

    /// <summary>A path under the test output folder (works during test discovery too).</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    /// <summary>
    /// Walks up from the test directory looking for <c>shared/seed/&lt;seed&gt;</c> (it sits beside the repo:
    /// <c>../shared/seed</c>). Null when this checkout has no shared folder.
    /// </summary>
    public static string? FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seed", SeedFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
