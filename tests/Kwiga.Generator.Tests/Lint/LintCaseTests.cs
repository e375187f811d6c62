using Kwiga.Generator.Contracts;
using Kwiga.Generator.Lint;

namespace Kwiga.Generator.Tests.Lint;

/// <summary>
/// LintCases/&lt;rule-id&gt;/*.yaml are small contracts that break exactly one rule; their
/// <c># expect: &lt;pointer&gt;</c> header lines list where. LintCases/clean.yaml breaks none.
/// </summary>
public sealed class LintCaseTests
{
    private static readonly string Root = TestData.Path("LintCases");

    public static IEnumerable<TestCaseData> BadContracts() =>
        Directory.GetDirectories(Root)
            .SelectMany(Directory.GetFiles)
            .Order(StringComparer.Ordinal)
            .Select(file => new TestCaseData(Path.GetFileName(Path.GetDirectoryName(file))!, file)
                .SetName($"Lint_{Path.GetFileName(Path.GetDirectoryName(file))}_{Path.GetFileNameWithoutExtension(file)}"));

    [TestCaseSource(nameof(BadContracts))]
    public void Bad_contract_breaks_only_its_rule_at_the_expected_places(string rule, string file)
    {
        var expected = File.ReadLines(file)
            .Where(line => line.StartsWith("# expect: ", StringComparison.Ordinal))
            .Select(line => line["# expect: ".Length..].Trim())
            .ToList();

        var findings = Linter.CreateDefault().Lint(ContractDocument.Load(file));

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty, "the case file must say where the finding is");
            Assert.That(findings.Where(f => f.Rule == rule).Select(f => f.Pointer), Is.EquivalentTo(expected));
            Assert.That(findings.Where(f => f.Rule != rule).Select(f => f.Format(file)), Is.Empty, "other rules fired");
        });
    }

    [Test]
    public void Every_rule_has_at_least_one_bad_contract()
    {
        var covered = Directory.GetDirectories(Root).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.That(Linter.DefaultRules.Select(r => r.Id).Where(id => !covered.Contains(id)), Is.Empty);
    }

    [Test]
    public void Clean_contract_has_no_findings_and_exits_zero()
    {
        var (exitCode, output, error) = CliRunner.Run("lint", Path.Combine(Root, "clean.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("no project-rule findings"));
        });
    }

    [Test]
    public void Findings_print_as_file_path_rule_message_and_exit_one()
    {
        var file = Path.Combine(Root, "operation-tags", "missing-tags.yaml");

        var (exitCode, output, _) = CliRunner.Run("lint", file);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Is.EqualTo($"{file}:#/paths/~1contacts/get: operation-tags: GET /contacts has no tag{Environment.NewLine}"));
        });
    }
}
