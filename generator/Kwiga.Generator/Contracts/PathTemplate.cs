using System.Text.RegularExpressions;

namespace Kwiga.Generator.Contracts;

/// <summary>Helpers for OpenAPI path templates such as <c>/contacts/{contact}/products</c>.</summary>
public static partial class PathTemplate
{
    /// <summary>The path with every placeholder name erased: <c>/contacts/{}/products</c>.</summary>
    public static string Shape(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Placeholder().Replace(path, "{}");
    }

    /// <summary>Placeholder names in order of appearance.</summary>
    public static IReadOnlyList<string> ParameterNames(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Placeholder().Matches(path).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Placeholder();
}
