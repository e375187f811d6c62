namespace Kwiga.Generator.Tests.Commands;

/// <summary>Usage and input errors exit 2 with a message; they are not confused with findings (exit 1).</summary>
public sealed class CliTests
{
    [Test]
    public void No_arguments_prints_usage_and_exits_two()
    {
        var (exitCode, _, error) = CliRunner.Run();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("Usage: Kwiga.Generator"));
        });
    }

    [Test]
    public void Help_exits_zero() => Assert.That(CliRunner.Run("--help").ExitCode, Is.EqualTo(0));

    [TestCase("frobnicate")]
    [TestCase("lint")]
    [TestCase("diff", "only-one.yaml")]
    [TestCase("diff", "a.yaml", "b.yaml", "--colour", "red")]
    [TestCase("diff", "a.yaml", "b.yaml", "--format")]
    [TestCase("diff", "a.yaml", "b.yaml", "--suggest")]
    [TestCase("drift", "docs.txt", "--suggest")]
    public void Bad_usage_exits_two(params string[] args) =>
        Assert.That(CliRunner.Run(args).ExitCode, Is.EqualTo(2));

    [Test]
    public void Unknown_format_exits_two()
    {
        var clean = TestData.Path("LintCases", "clean.yaml");

        Assert.That(CliRunner.Run("diff", clean, clean, "--format", "xml").ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Missing_contract_file_exits_two_with_its_name()
    {
        var (exitCode, _, error) = CliRunner.Run("lint", "no/such/contract.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("no/such/contract.yaml"));
        });
    }

    [Test]
    public void Unparseable_yaml_exits_two()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kwiga-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "openapi: 3.0.3\ninfo: [\n  x: : y");
        try
        {
            var (exitCode, _, error) = CliRunner.Run("lint", path);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(2));
                Assert.That(error, Does.Contain(path));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Missing_docs_file_exits_two()
    {
        var clean = TestData.Path("LintCases", "clean.yaml");

        Assert.That(CliRunner.Run("drift", "no/such/docs.txt", clean).ExitCode, Is.EqualTo(2));
    }
}
