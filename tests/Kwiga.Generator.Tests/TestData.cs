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

    /// <summary>A file of this repository (found by walking up to the folder that holds <c>openapi/kwiga.yaml</c>).</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "openapi", "kwiga.yaml")))
            {
                return System.IO.Path.Combine(dir.FullName, relativePath);
            }
        }

        throw new InvalidOperationException("the repository root (openapi/kwiga.yaml) was not found above " + AppContext.BaseDirectory);
    }
}
