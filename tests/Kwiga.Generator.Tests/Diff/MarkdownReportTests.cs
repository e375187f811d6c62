namespace Kwiga.Generator.Tests.Diff;

/// <summary>The Markdown report has one section per class with a kind/location/detail/who-breaks table.</summary>
public sealed class MarkdownReportTests
{
    [Test]
    public void Breaking_change_appears_in_its_section_with_a_table_row()
    {
        var folder = TestData.Path("DiffCorpus", "path-changed");

        var (exitCode, markdown, _) = CliRunner.Run("diff", Path.Combine(folder, "base.yaml"), Path.Combine(folder, "head.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(markdown, Does.Contain("## Wire-breaking (1)"));
            Assert.That(markdown, Does.Contain("## SDK-breaking (0)"));
            Assert.That(markdown, Does.Contain("## Non-breaking (1)"));
            Assert.That(markdown, Does.Contain("| Kind | Location | Detail | Who breaks |"));
            Assert.That(markdown, Does.Contain("| operation-removed | `GET /contacts/{contact}` |"));
            Assert.That(markdown, Does.Contain("| operation-added | `GET /clients/{contact}` |"));
        });
    }

    [Test]
    public void Identical_contracts_give_empty_sections_and_exit_zero()
    {
        var folder = TestData.Path("DiffCorpus", "no-change");

        var (exitCode, markdown, _) = CliRunner.Run("diff", Path.Combine(folder, "base.yaml"), Path.Combine(folder, "head.yaml"), "--format", "md");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(markdown, Does.Contain("- Unapproved breaking: 0"));
            Assert.That(markdown, Does.Not.Contain("| --- |"));
        });
    }

    [Test]
    public void Pipes_in_locations_do_not_break_the_table()
    {
        var result = new Kwiga.Generator.Diff.DiffResult(
            [new Kwiga.Generator.Diff.Change(Kwiga.Generator.Diff.ChangeKinds.Get("description-changed"),
                Kwiga.Generator.Diff.ChangeClass.NonBreaking, "GET /a|b", "x|y")],
            []);

        var markdown = Kwiga.Generator.Diff.Reports.MarkdownReport.Render(result, "a", "b");

        Assert.That(markdown, Does.Contain("`GET /a\\|b` | x\\|y |"));
    }
}
