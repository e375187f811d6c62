using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// Refuses a view in which a model would get a generated-code mark: a property named like its class
/// (C# forbids it, so Kiota appends <c>Prop</c>) or a class name with an underscore. Run last, on the
/// finished view; the fix is an <c>x-kwiga-sdk-name</c> in the contract.
/// </summary>
public static class ClassNameCheck
{
    /// <summary>Checks <paramref name="document"/>.</summary>
    /// <exception cref="InvalidOperationException">Every problem, one per line.</exception>
    public static void Check(JsonNode document)
    {
        if (document["components"]?["schemas"] is not JsonObject schemas)
        {
            return;
        }

        var problems = new List<string>();
        foreach (var (name, value) in schemas)
        {
            var className = KiotaNaming.ModelClassName(name);
            if (className.Contains('_', StringComparison.Ordinal))
            {
                problems.Add($"#/components/schemas/{name}: the class would be named '{className}'; give the component x-kwiga-sdk-name");
            }

            if (value?["properties"] is JsonObject properties)
            {
                foreach (var property in properties.Select(p => p.Key).Where(p => CSharpNames.Property(p) == className))
                {
                    problems.Add($"#/components/schemas/{name}: property '{property}' would take the class's name (Kiota writes '{className}Prop'); give the component x-kwiga-sdk-name");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }
    }
}
