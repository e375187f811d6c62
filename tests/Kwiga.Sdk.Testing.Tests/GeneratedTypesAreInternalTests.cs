using System.Diagnostics;
using Kwiga.Testing;

namespace Kwiga.Sdk.Testing.Tests;

/// <summary>
/// The generation step's guard (src/Kwiga.Sdk.Testing/build/SandboxInternalTypes.cs), run by MSBuild as the build
/// runs it: NSwag's public types become internal, and a public type it cannot rewrite fails the build (KWIGASB004).
/// </summary>
public class GeneratedTypesAreInternalTests
{
    [Test]
    public void Public_generated_types_are_rewritten_internal()
    {
        var generated = Generated("""
            namespace Kwiga.Sandbox.Contract
            {
                [System.CodeDom.Compiler.GeneratedCode("NSwag", "14.7.1.0")]
                public partial class Contact
                {
                    public int Id { get; set; }
                }

                public interface IContactsController { }

                public enum Kind { A }
            }
            """);

        var (exitCode, output, text) = RunGuard(generated);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(text, Does.Contain("    internal partial class Contact").And.Contain("    internal interface IContactsController").And.Contain("    internal enum Kind"));
        Assert.That(text, Does.Contain("        public int Id { get; set; }"), "members keep their accessibility");
    }

    [Test]
    public void A_public_type_left_fails_the_build()
    {
        var generated = Generated("""
            namespace Kwiga.Sandbox.Contract
            {
                public unsafe partial class Pointers { }
            }
            """);

        var (exitCode, output, _) = RunGuard(generated);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("KWIGASB004").And.Contain("public unsafe partial class Pointers"));
    }

    private static string Generated(string code)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kwiga-guard-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "SandboxControllers.g.cs");
        File.WriteAllText(file, code);
        return file;
    }

    /// <summary>A bare MSBuild project that imports the sandbox's generation targets and runs only the guard; returns the file as it left it.</summary>
    private static (int ExitCode, string Output, string Generated) RunGuard(string generated)
    {
        var folder = Path.GetDirectoryName(generated)!;
        var project = Path.Combine(folder, "guard.proj");
        var targets = RepositoryRoot.File("src/Kwiga.Sdk.Testing/build/SandboxGeneration.targets");
        File.WriteAllText(project, $"""
            <Project>
              <Import Project="{targets}" />
              <Target Name="Guard">
                <SandboxInternalTypes File="{generated}" />
              </Target>
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-t:Guard", "-nologo", "-v:minimal", "-nodeReuse:false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(120_000), Is.True, "msbuild finished");
        try
        {
            return (process.ExitCode, output.Result + errors, File.ReadAllText(generated));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
