using System.Text.Json.Nodes;
using Kwiga.Generator.Diff;

namespace Kwiga.Generator.Tests.Diff;

/// <summary>
/// Every folder of DiffCorpus holds base.yaml, head.yaml and expected.json (the exact set of changes with
/// their classification, and the exit code). The CLI runs on the pair and must report exactly that set.
/// </summary>
public sealed class DiffCorpusTests
{
    private static readonly string CorpusRoot = TestData.Path("DiffCorpus");

    public static IEnumerable<TestCaseData> Cases() =>
        Directory.GetDirectories(CorpusRoot)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetName($"Diff_corpus_{name}"));

    [TestCaseSource(nameof(Cases))]
    public void Diff_reports_exactly_the_expected_changes(string caseName)
    {
        var folder = Path.Combine(CorpusRoot, caseName);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")))!;
        var report = Path.Combine(Path.GetTempPath(), $"kwiga-diff-{caseName}-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, _, error) = CliRunner.Run(
                "diff", Path.Combine(folder, "base.yaml"), Path.Combine(folder, "head.yaml"), "--format", "json", "--out", report);

            var actual = JsonNode.Parse(File.ReadAllText(report))!["changes"]!.AsArray().Select(Key);
            Assert.Multiple(() =>
            {
                Assert.That(actual, Is.EquivalentTo(expected["changes"]!.AsArray().Select(Key)), expected["description"]!.GetValue<string>());
                Assert.That(exitCode, Is.EqualTo(expected["exitCode"]!.GetValue<int>()), error);
            });
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Test]
    public void Corpus_has_a_case_for_every_kind_of_the_catalogue_and_no_unknown_kind()
    {
        var kinds = Directory.GetFiles(CorpusRoot, "expected.json", SearchOption.AllDirectories)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!["changes"]!.AsArray())
            .Select(change => change!["kind"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(ChangeKinds.All.Select(k => k.Id).Where(k => !kinds.Contains(k)), Is.Empty, "catalogue kinds no corpus case shows");
            Assert.That(kinds.Where(k => !ChangeKinds.Exists(k)), Is.Empty, "kinds in expected.json that the catalogue does not know");
        });
    }

    [Test]
    public void Corpus_contains_every_class_of_change()
    {
        var classes = Directory.GetFiles(CorpusRoot, "expected.json", SearchOption.AllDirectories)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!["changes"]!.AsArray())
            .Select(change => ChangeClassNames.Parse(change!["class"]!.GetValue<string>()))
            .ToHashSet();

        Assert.That(classes, Is.EquivalentTo(Enum.GetValues<ChangeClass>()));
    }

    private static string Key(JsonNode? change) =>
        $"{change!["kind"]} | {change["class"]} | {change["location"]}";
}
