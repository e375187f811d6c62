using Kwiga.Testing;
using PublicApiGenerator;

namespace Kwiga.Sdk.Tests.PublicApi;

/// <summary>
/// The C# surface of Kwiga.Sdk against the last release (<c>Kwiga.Sdk.released.txt</c>): a public
/// member that existed at release may only disappear or change if <c>approved-breaks.txt</c> lists it.
/// This catches C# breaks the contract diff cannot see (hand-written code, a Kiota upgrade).
/// </summary>
public class PublicApiTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Kwiga.Sdk.Tests", "PublicApi");

    [Test]
    public void Nothing_public_at_the_last_release_disappeared_without_approval()
    {
        var current = Lines(CurrentApi());
        var released = Lines(File.ReadAllText(Path.Combine(Folder, "Kwiga.Sdk.released.txt")));
        var approved = File.ReadAllLines(Path.Combine(Folder, "approved-breaks.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();

        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "Kwiga.Sdk.current.txt"), CurrentApi());
        // An approval is the whole key ("namespace ... | type ... | member"), or for older entries the member line alone.
        var removed = released.Except(current).Where(key => !approved.Contains(key) && !approved.Contains(key.Split(" | ")[^1])).ToList();

        Assert.That(removed, Is.Empty,
            "public API of the last release removed or changed (approve in tests/Kwiga.Sdk.Tests/PublicApi/approved-breaks.txt, see README 'Contract diff')");
    }

    [Test]
    public void The_surface_is_read_from_the_built_assembly()
    {
        var api = CurrentApi();

        Assert.That(api, Does.Contain("public static class KwigaClientFactory"));
        Assert.That(api, Does.Contain("public class KwigaClient : Microsoft.Kiota.Abstractions.BaseRequestBuilder"));
        Assert.That(api, Does.Not.Contain("class LenientSerializationContext"), "internal types stay out");
    }

    private static string CurrentApi() =>
        typeof(Kwiga.Sdk.KwigaClientFactory).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

    /// <summary>Each member as "namespace | type | member", so the same member line in two types counts twice.</summary>
    private static HashSet<string> Lines(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        string ns = string.Empty, type = string.Empty;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line is "{" or "}")
            {
                continue;
            }

            if (line.StartsWith("namespace ", StringComparison.Ordinal))
            {
                ns = line;
                type = string.Empty;
            }
            else if (IsTypeDeclaration(line))
            {
                // Key members by the type's name, and each base type separately: adding an interface
                // changes the declaration line but breaks nobody; removing one is reported on its own.
                var colon = line.IndexOf(" : ", StringComparison.Ordinal);
                type = colon < 0 ? line : line[..colon];
                result.Add($"{ns} | {type}");
                foreach (var baseType in colon < 0 ? [] : SplitTopLevel(line[(colon + 3)..]))
                {
                    result.Add($"{ns} | {type} | : {baseType}");
                }
            }
            else
            {
                result.Add($"{ns} | {type} | {line}");
            }
        }

        return result;
    }

    private static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '<' or '(' => 1, '>' or ')' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i].Trim();
                start = i + 1;
            }
        }

        yield return list[start..].Trim();
    }

    private static bool IsTypeDeclaration(string line) =>
        new[] { " class ", " interface ", " enum ", " struct ", " record " }.Any(k => (" " + line).Contains(k, StringComparison.Ordinal)) && !line.Contains('(');
}
