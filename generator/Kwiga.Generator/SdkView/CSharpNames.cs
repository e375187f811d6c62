using System.Text;

namespace Kwiga.Generator.SdkView;

/// <summary>The C# names the SDK view gives what the contract names in wire terms.</summary>
public static class CSharpNames
{
    /// <summary>
    /// PascalCase of a wire name: every run of letters and digits starts upper case, everything else
    /// (<c>_ - . [ ] /</c>, spaces) is dropped. <c>lesson_progress</c> → <c>LessonProgress</c>,
    /// <c>filters[date_from]</c> → <c>FiltersDateFrom</c>, <c>uk</c> → <c>Uk</c>.
    /// </summary>
    public static string Pascal(string wireName)
    {
        ArgumentNullException.ThrowIfNull(wireName);
        var builder = new StringBuilder(wireName.Length);
        var upperNext = true;
        foreach (var c in wireName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Value");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The C# property name Kiota 1.38 gives a JSON property: lower camel case after <c>_</c>/<c>-</c>,
    /// then the first letter upper case (<c>affected_subscriptions</c> → <c>AffectedSubscriptions</c>).
    /// The same as <see cref="Pascal"/> for the names the contract uses.
    /// </summary>
    public static string Property(string jsonName) => Pascal(jsonName);
}
