using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Lint.Rules;

/// <summary>
/// No two component schemas may map to the same C# type name. Two keys are compared: the project key
/// (case-insensitive, <c>_ - .</c> removed: <c>course_user</c> = <c>CourseUser</c>) and Kiota's actual class
/// name (<c>Course.User</c> becomes <c>User</c>). Kiota 1.38 does not report these clashes: for
/// <c>contact</c>/<c>Contact</c> it silently generates one class and drops the other definition.
/// </summary>
public sealed class SchemaNameCollisionRule : ILintRule
{
    /// <inheritdoc />
    public string Id => "schema-name-collision";

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(ContractDocument contract)
    {
        var names = (contract.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();

        foreach (var name in names)
        {
            var clashes = names
                .Where(other => other != name && Collide(name, other))
                .ToList();
            if (clashes.Count == 0)
            {
                continue;
            }

            var (mine, theirs) = (KiotaNaming.ModelClassName(name), KiotaNaming.ModelClassName(clashes[0]));
            var why = string.Equals(mine, theirs, StringComparison.OrdinalIgnoreCase)
                ? $"Kiota generates C# class '{mine}' for both and silently keeps only one"
                : $"they differ only by case or '_', '-', '.' (Kiota classes '{mine}' and '{theirs}')";
            yield return new LintFinding(Id, ContractPointer.ComponentSchema(name),
                $"'{name}' collides with {string.Join(", ", clashes.Select(c => $"'{c}'"))}: {why}; rename one of them");
        }
    }

    private static bool Collide(string a, string b) =>
        KiotaNaming.CollisionKey(a) == KiotaNaming.CollisionKey(b)
        || string.Equals(KiotaNaming.ModelClassName(a), KiotaNaming.ModelClassName(b), StringComparison.OrdinalIgnoreCase);
}
