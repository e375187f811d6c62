using Kwiga.Generator.Contracts;
using Kwiga.Generator.Lint;

namespace Kwiga.Generator.Commands;

/// <summary>
/// <c>lint &lt;contract&gt;</c>: prints one <c>file:pointer: rule: message</c> line per finding on stdout (and a
/// count on stderr, so stdout stays machine-readable); exit 1 when there is any.
/// </summary>
public static class LintCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        args.RequirePositional(1, "lint <contract>");

        var contract = ContractDocument.Load(args.Positional[0]);
        var findings = Linter.CreateDefault().Lint(contract);
        foreach (var finding in findings)
        {
            stdout.WriteLine(finding.Format(contract.DisplayName));
        }

        stderr.WriteLine(findings.Count == 0
            ? $"{contract.DisplayName}: no project-rule findings"
            : $"{contract.DisplayName}: {findings.Count} finding(s)");
        return findings.Count == 0 ? Cli.Ok : Cli.Findings;
    }
}
