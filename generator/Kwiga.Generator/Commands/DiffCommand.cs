using Kwiga.Generator.Contracts;
using Kwiga.Generator.Diff;
using Kwiga.Generator.Diff.Approvals;
using Kwiga.Generator.Diff.Reports;

namespace Kwiga.Generator.Commands;

/// <summary>
/// <c>diff &lt;base&gt; &lt;head&gt; [--format md|json] [--out file] [--approvals file]</c>:
/// exit 1 when a breaking change is not approved.
/// </summary>
public static class DiffCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.RequirePositional(2, "diff <base.yaml> <head.yaml>");
        var format = args.Option("--format") ?? "md";
        if (format is not ("md" or "json"))
        {
            throw new UsageException($"--format must be md or json, not '{format}'");
        }

        var (basePath, headPath) = (args.Positional[0], args.Positional[1]);
        var changes = ContractDiffer.Diff(ContractDocument.Load(basePath), ContractDocument.Load(headPath));
        var approvals = args.Option("--approvals") is { } approvalsPath ? ApprovalsFile.Load(approvalsPath) : [];
        var result = ApprovalMatcher.Apply(changes, approvals);

        var report = format == "json"
            ? JsonReport.Render(result, basePath, headPath)
            : MarkdownReport.Render(result, basePath, headPath);
        if (args.Option("--out") is { } outPath)
        {
            File.WriteAllText(outPath, report);
        }
        else
        {
            stdout.Write(report);
        }

        if (args.Option("--out") is not null)
        {
            stdout.WriteLine(Summary(result));
        }

        return result.UnapprovedBreaking.Count == 0 ? Cli.Ok : Cli.Findings;
    }

    private static string Summary(DiffResult result) =>
        $"diff: {result.Count(ChangeClass.WireBreaking)} wire-breaking, {result.Count(ChangeClass.SdkBreaking)} sdk-breaking, " +
        $"{result.Count(ChangeClass.NonBreaking)} non-breaking, {result.UnapprovedBreaking.Count} unapproved breaking";
}
