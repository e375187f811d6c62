using System.Reflection;
using Kwiga.Generator.Diff.Coverage;
using Kwiga.Testing;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Tests.Diff;

/// <summary>
/// The list of compared and ignored attributes is complete for the Microsoft.OpenApi version in use: a
/// property a new version adds (or one this list misspells) fails here until someone decides about it.
/// </summary>
public sealed class ComparedAttributesTests
{
    public static IEnumerable<TestCaseData> Owners() =>
        ComparedAttributes.Owners.Select(t => new TestCaseData(t).SetName($"Every_public_property_of_{t.Name}_is_compared_or_ignored_with_a_reason"));

    [TestCaseSource(nameof(Owners))]
    public void Every_public_property_is_listed_once(Type owner)
    {
        var properties = owner.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var listed = ComparedAttributes.All.Where(a => a.Owner == owner).Select(a => a.Attribute).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(properties.Except(listed).Order(), Is.Empty, $"{owner.Name} properties neither compared nor ignored");
            Assert.That(listed.Except(properties).Order(), Is.Empty, $"listed {owner.Name} attributes that the type does not have");
            Assert.That(listed, Is.Unique);
        });
    }

    [Test]
    public void The_types_the_issue_names_are_covered()
    {
        Assert.That(ComparedAttributes.Owners,
            Is.SupersetOf(new[] { typeof(OpenApiParameter), typeof(OpenApiSecurityScheme), typeof(OpenApiSchema), typeof(OpenApiOperation) }));
    }

    [Test]
    public void Every_entry_says_how_it_is_reported_or_why_it_is_ignored()
    {
        Assert.That(ComparedAttributes.All.Where(a => a.Note.Length < 10).Select(a => $"{a.Owner.Name}.{a.Attribute}"), Is.Empty);
    }

    [Test]
    public void The_generator_readme_lists_every_attribute_as_the_tool_does()
    {
        var readme = File.ReadAllText(RepositoryRoot.File("generator/Kwiga.Generator/README.md")).ReplaceLineEndings("\n");
        var table = ComparedAttributes.ToMarkdown();

        Assert.That(readme, Does.Contain(table),
            "generator/Kwiga.Generator/README.md is out of date; paste this table under 'What diff compares':\n" + table);
    }
}
