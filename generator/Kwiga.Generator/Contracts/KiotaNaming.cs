using System.Text;

namespace Kwiga.Generator.Contracts;

/// <summary>
/// How Kiota 1.38 (C#) turns contract names into C# names, as far as this tool needs it.
/// Measured with <c>kiota generate -l csharp</c>: a component <c>course-user</c> becomes class
/// <c>CourseUser</c>, <c>course_user</c> becomes <c>Course_user</c>, <c>contact</c> becomes <c>Contact</c>
/// (and silently merges with a component <c>Contact</c>), <c>Course.User</c> becomes class <c>User</c>
/// in a sub-namespace; a path parameter <c>{contact}</c> yields <c>WithContactItemRequestBuilder</c>.
/// </summary>
public static class KiotaNaming
{
    /// <summary>The C# class name Kiota gives a component schema.</summary>
    public static string ModelClassName(string componentName)
    {
        ArgumentNullException.ThrowIfNull(componentName);
        var lastSegment = componentName.Split('.').Last();
        return PascalCase(lastSegment, keepUnderscores: true);
    }

    /// <summary>
    /// The project's conservative collision key: case-insensitive, with <c>_</c>, <c>-</c> and <c>.</c> removed.
    /// Stricter than Kiota (which keeps <c>_</c>), so names that merely look alike in C# are caught too.
    /// </summary>
    public static string CollisionKey(string componentName)
    {
        ArgumentNullException.ThrowIfNull(componentName);
        var builder = new StringBuilder(componentName.Length);
        foreach (var c in componentName.Where(c => c is not ('_' or '-' or '.')))
        {
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The item request builder class Kiota generates for a path parameter name.</summary>
    public static string ItemRequestBuilderName(string pathParameterName) =>
        $"With{PascalCase(pathParameterName, keepUnderscores: false)}ItemRequestBuilder";

    /// <summary>PascalCase as Kiota applies it: first letter upper, <c>-</c>/space separators dropped.</summary>
    public static string PascalCase(string name, bool keepUnderscores)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && !(keepUnderscores && c == '_'))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }
}
