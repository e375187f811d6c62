using System.Text.Json.Nodes;
using Kwiga.Generator.Diff.Approvals;

namespace Kwiga.Generator.Tests.Diff;

/// <summary>Approved breaking changes are marked and no longer fail the diff; stale approvals are listed.</summary>
public sealed class ApprovalsTests
{
    private static readonly string Case = TestData.Path("DiffCorpus", "parameter-removed");
    private string _dir = null!;

    [SetUp]
    public void CreateTempDir() => _dir = Directory.CreateTempSubdirectory("kwiga-approvals-").FullName;

    [TearDown]
    public void DeleteTempDir() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Without_approval_a_removed_parameter_fails_the_diff()
    {
        Assert.That(Diff(approvals: null).ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void A_yaml_approval_marks_the_change_approved_and_the_diff_passes()
    {
        var approvals = Write("approved-breaks.yaml", """
            approvals:
              - kind: parameter-removed
                location: GET /contacts query:filters[search]
                reason: search moved to the POST alias body
            """);

        var (exitCode, report) = Diff(approvals);

        var change = report["changes"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(change["approved"]!.GetValue<bool>(), Is.True);
            Assert.That(change["approvalReason"]!.GetValue<string>(), Is.EqualTo("search moved to the POST alias body"));
            Assert.That(report["summary"]!["unapprovedBreaking"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public void A_json_approval_with_rule_and_wildcard_location_matches()
    {
        var approvals = Write("approved.json", """
            [ { "rule": "parameter-*", "location": "GET /contacts *", "reason": "agreed with integrators" } ]
            """);

        Assert.That(Diff(approvals).ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void An_approval_for_another_location_leaves_the_diff_failing_and_is_reported_unused()
    {
        var approvals = Write("approved.yaml", """
            - kind: parameter-removed
              location: GET /contacts query:page
              reason: stale entry
            """);

        var (exitCode, report) = Diff(approvals);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(report["unusedApprovals"]!.AsArray().Select(a => a!["location"]!.GetValue<string>()),
                Is.EqualTo(new[] { "GET /contacts query:page" }));
        });
    }

    [Test]
    public void An_approval_without_reason_is_an_input_error()
    {
        var approvals = Write("approved.yaml", """
            - kind: parameter-removed
              location: GET /contacts query:filters[search]
            """);

        var (exitCode, _, error) = CliRunner.Run("diff", Base, Head, "--approvals", approvals);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("reason"));
        });
    }

    [Test]
    public void Glob_matching_is_anchored()
    {
        var approval = new Approval("parameter-removed", "GET /contacts", "r");
        var change = new Kwiga.Generator.Diff.Change(
            Kwiga.Generator.Diff.ChangeKinds.Get("parameter-removed"),
            Kwiga.Generator.Diff.ChangeClass.WireBreaking,
            "GET /contacts query:page",
            "detail");

        Assert.That(approval.Matches(change), Is.False);
    }

    private static string Base => Path.Combine(Case, "base.yaml");

    private static string Head => Path.Combine(Case, "head.yaml");

    private (int ExitCode, JsonNode Report) Diff(string? approvals)
    {
        var output = Path.Combine(_dir, "report.json");
        var args = new List<string> { "diff", Base, Head, "--format", "json", "--out", output };
        if (approvals is not null)
        {
            args.AddRange(["--approvals", approvals]);
        }

        var (exitCode, _, _) = CliRunner.Run([.. args]);
        return (exitCode, JsonNode.Parse(File.ReadAllText(output))!);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
