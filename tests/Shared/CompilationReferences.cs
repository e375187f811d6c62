using Microsoft.CodeAnalysis;

namespace Kwiga.Testing;

/// <summary>
/// What a README snippet is compiled against: the framework, and every assembly the test project
/// carries (the SDK, Kiota, Microsoft.Extensions.*, the testing package where referenced). Linked into
/// the projects whose tests compile README blocks with Roslyn.
/// </summary>
internal static class CompilationReferences
{
    /// <summary>The references of the running test process, one per assembly name (the project's own copy first).</summary>
    public static IReadOnlyList<MetadataReference> OfThisProcess()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return local.Concat(framework)
            .Where(IsManaged)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToList();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
