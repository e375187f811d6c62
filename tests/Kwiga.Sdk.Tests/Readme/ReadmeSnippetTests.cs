using System.Text.RegularExpressions;
using Kwiga.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.Extensions.Configuration;

namespace Kwiga.Sdk.Tests.Readme;

/// <summary>
/// The READMEs tell the truth: every C# block compiles against the built SDK as a user would paste it
/// into a new console project (its own usings, plus the implicit ones a project gets), and every
/// <c>Kwiga</c> configuration block binds to <see cref="KwigaOptions"/> with no unknown key. The root
/// README is also the package's README (packed as README.md).
/// </summary>
public partial class ReadmeSnippetTests
{
    private static readonly string[] Readmes = ["README.md", "src/Kwiga.Sdk.Redis/README.md"];

    // What `dotnet new console` turns on (ImplicitUsings=enable).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(CompilationReferences.OfThisProcess);

    [GeneratedRegex(@"^```(?<language>\w+)\s*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    private static IEnumerable<TestCaseData> Blocks(string language) =>
        from readme in Readmes
        let text = File.ReadAllText(RepositoryRoot.File(readme)).Replace("\r\n", "\n", StringComparison.Ordinal)
        from Match block in FencedBlock().Matches(text)
        where block.Groups["language"].Value == language
        let line = text[..block.Index].Count(c => c == '\n') + 1
        select new TestCaseData(block.Groups["code"].Value).SetArgDisplayNames($"{readme}:{line}");

    private static IEnumerable<TestCaseData> CSharpBlocks() => Blocks("csharp");

    private static IEnumerable<TestCaseData> ConfigurationBlocks() =>
        Blocks("json").Where(c => ((string)c.Arguments[0]!).Contains("\"Kwiga\"", StringComparison.Ordinal));

    [Test]
    public void The_readmes_have_csharp_blocks_to_check() =>
        Assert.That(CSharpBlocks().Count(), Is.GreaterThanOrEqualTo(8));

    [TestCaseSource(nameof(CSharpBlocks))]
    public void A_csharp_block_compiles_against_the_built_sdk(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var snippet = CSharpSyntaxTree.ParseText(code, parse);
        var statements = snippet.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            [snippet, CSharpSyntaxTree.ParseText(ImplicitUsings, parse)],
            References.Value,
            new CSharpCompilationOptions(statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.That(errors, Is.Empty, code);
    }

    [TestCaseSource(nameof(ConfigurationBlocks))]
    public void A_configuration_block_binds_every_key_to_the_options(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var configuration = new ConfigurationBuilder().AddJsonStream(stream).Build();
        var options = new KwigaOptions();

        configuration.GetSection(KwigaOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);

        Assert.That(options.Token, Is.Not.Null.And.Not.Empty, "the block shows the token key");
        Assert.That(() => options.Validate(), Throws.Nothing, "the values shown are valid");
    }
}
