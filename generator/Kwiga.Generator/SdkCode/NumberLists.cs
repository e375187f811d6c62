using System.Text.RegularExpressions;

namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Lists of numbers in the models hold numbers, not nullable numbers: <c>List&lt;int&gt;</c> for
/// ids a request sends or a response carries (Kiota writes <c>List&lt;int?&gt;</c>). A null item
/// on the wire is not lost: the SDK's readers keep such a list raw in <c>AdditionalData</c>.
/// </summary>
public static partial class NumberLists
{
    [GeneratedRegex("""(?<=List<|PrimitiveValues<)(?<element>int|long|short|double|float|decimal)\?(?=>)""")]
    private static partial Regex NullableElement();

    /// <summary>Rewrites the models in place.</summary>
    /// <returns>How many occurrences changed.</returns>
    public static int Apply(GeneratedSources sources)
    {
        var changed = 0;
        foreach (var path in sources.Files.Where(p => p.StartsWith("Models/", StringComparison.Ordinal)))
        {
            var text = sources[path];
            var count = NullableElement().Matches(text).Count;
            if (count > 0)
            {
                sources[path] = NullableElement().Replace(text, "${element}");
                changed += count;
            }
        }

        return changed;
    }
}
