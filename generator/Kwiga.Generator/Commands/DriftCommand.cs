using Kwiga.Generator.Contracts;
using Kwiga.Generator.Drift;

namespace Kwiga.Generator.Commands;

/// <summary><c>drift &lt;docs.txt&gt; &lt;contract&gt;</c>: exit 1 when the docs show something the contract lacks.</summary>
public static class DriftCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.RequirePositional(2, "drift <docs.txt> <contract>");
        var (docsPath, contractPath) = (args.Positional[0], args.Positional[1]);

        var docs = DocsParser.ParseFile(docsPath);
        var contract = ContractDocument.Load(contractPath);
        var findings = DriftChecker.Check(docs, contract);
        foreach (var finding in findings)
        {
            stdout.WriteLine(finding.Format(docsPath, contractPath));
        }

        var errors = findings.Count(f => f.Severity == DriftSeverity.Error);
        var warnings = findings.Count(f => f.Severity == DriftSeverity.Warning);
        stdout.WriteLine($"drift: {docs.Operations.Count} documented operations, {docs.Schemas.Count} documented schemas; " +
                         $"{errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} info");
        return errors == 0 ? Cli.Ok : Cli.Findings;
    }
}
