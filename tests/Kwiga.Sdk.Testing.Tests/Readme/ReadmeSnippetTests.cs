using System.Text.RegularExpressions;
using Kwiga.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kwiga.Sdk.Testing.Tests.Readme;

/// <summary>
/// The package README tells the truth: every C# block compiles as a user would paste it into a test project
/// referencing Kwiga.Sdk and Kwiga.Sdk.Testing (its own usings plus the implicit ones), and runs.
/// </summary>
public partial class ReadmeSnippetTests
{
    private const string Readme = "src/Kwiga.Sdk.Testing/README.md";

    // What `dotnet new` turns on (ImplicitUsings=enable).
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

    private static IEnumerable<TestCaseData> CSharpBlocks()
    {
        var text = File.ReadAllText(RepositoryRoot.File(Readme)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return from Match block in FencedBlock().Matches(text)
               where block.Groups["language"].Value == "csharp"
               let line = text[..block.Index].Count(c => c == '\n') + 1
               select new TestCaseData(block.Groups["code"].Value).SetArgDisplayNames($"README.md:{line}");
    }

    [Test]
    public void The_readme_has_csharp_blocks_to_check() => Assert.That(CSharpBlocks().Count(), Is.GreaterThanOrEqualTo(5));

    [TestCaseSource(nameof(CSharpBlocks))]
    public async Task A_csharp_block_compiles_and_runs(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(code, parse), CSharpSyntaxTree.ParseText(ImplicitUsings, parse)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.That(errors, Is.Empty, code);

        // Every block is a complete program against a sandbox: run it, as a reader would.
        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            var entry = assembly.EntryPoint!;
            var returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (returned is Task task)
            {
                await task;
            }
        }
        finally
        {
            Console.SetOut(console);
        }

        TestContext.Out.WriteLine(output.ToString());
    }
}
