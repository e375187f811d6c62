using Kwiga.Generator.Contracts;
using Kwiga.Generator.Drift;
using Kwiga.Generator.Drift.Suggest;

namespace Kwiga.Generator.Commands;

/// <summary>
/// <c>drift &lt;docs.txt&gt; &lt;contract&gt; [--suggest]</c>: exit 1 when the docs show something the contract lacks
/// or types it differently; <c>--suggest</c> prints YAML drafts for what is missing.
/// </summary>
public static class DriftCommand
{
    /// <summary>The flag that prints suggestions.</summary>
    public const string SuggestFlag = "--suggest";

    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.RequirePositional(2, "drift <docs.txt> <contract> [--suggest]");
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
        if (args.Flag(SuggestFlag))
        {
            WriteSuggestions(Suggester.Suggest(findings, contract, docsPath), stdout);
        }

        return errors == 0 ? Cli.Ok : Cli.Findings;
    }

    private static void WriteSuggestions(IReadOnlyList<Suggestion> suggestions, TextWriter stdout)
    {
        stdout.WriteLine();
        stdout.WriteLine($"# drift --suggest: {suggestions.Count} draft(s) for what the docs have and the contract lacks.");
        stdout.WriteLine("# Paste each block where its 'add to' line points (a JSON pointer into the contract: list items append,");
        stdout.WriteLine("# keys add to the mapping), then review names, types and descriptions against the docs and their examples.");
        foreach (var suggestion in suggestions)
        {
            stdout.WriteLine();
            stdout.Write(suggestion.Render());
        }
    }
}
