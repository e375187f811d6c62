namespace Kwiga.Testing;

/// <summary>
/// The repository's root folder (the one holding <c>openapi/kwiga.yaml</c>), for test and benchmark
/// projects that read the contract or other repository files. Compiled into each project that
/// needs it (linked from <c>tests/Shared/</c>).
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The root's full path.</summary>
    public static string Path => Root.Value;

    /// <summary>A repository file's full path, from a path relative to the root.</summary>
    public static string File(string relativePath) => System.IO.Path.Combine(Root.Value, relativePath);

    /// <summary>
    /// <c>KWIGA_REPO_ROOT</c> if set; else upward from the binary (BenchmarkDotNet runs a copy of it
    /// from bin/…/&lt;job id&gt;/, still under the repository), then from the working directory.
    /// </summary>
    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("KWIGA_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "openapi", "kwiga.yaml")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"openapi/kwiga.yaml not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; set KWIGA_REPO_ROOT.");
    }
}
