using System.Text;

namespace Kwiga.Generator.Diff.Reports;

/// <summary>Renders a diff as Markdown: a summary, then one table per class (kind, location, detail, who breaks).</summary>
public static class MarkdownReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(DiffResult result, string baseName, string headName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.AppendLine($"# Contract diff: `{baseName}` → `{headName}`").AppendLine();
        md.AppendLine($"- Wire-breaking: {result.Count(ChangeClass.WireBreaking)}");
        md.AppendLine($"- SDK-breaking: {result.Count(ChangeClass.SdkBreaking)}");
        md.AppendLine($"- Non-breaking: {result.Count(ChangeClass.NonBreaking)}");
        md.AppendLine($"- Unapproved breaking: {result.UnapprovedBreaking.Count}");
        md.AppendLine();

        foreach (var cls in new[] { ChangeClass.WireBreaking, ChangeClass.SdkBreaking, ChangeClass.NonBreaking })
        {
            var changes = result.Changes.Where(c => c.Class == cls).ToList();
            md.AppendLine($"## {cls.ToTitle()} ({changes.Count})").AppendLine();
            if (changes.Count == 0)
            {
                md.AppendLine("None.").AppendLine();
                continue;
            }

            md.AppendLine("| Kind | Location | Detail | Who breaks |");
            md.AppendLine("| --- | --- | --- | --- |");
            foreach (var change in changes)
            {
                var kind = change.Approved ? $"{change.Kind.Id} (approved: {change.ApprovalReason})" : change.Kind.Id;
                md.AppendLine($"| {Cell(kind)} | `{Cell(change.Location)}` | {Cell(change.Detail)} | {Cell(change.Kind.WhoBreaks)} |");
            }

            md.AppendLine();
        }

        if (result.UnusedApprovals.Count > 0)
        {
            md.AppendLine("## Approvals that matched nothing").AppendLine();
            foreach (var approval in result.UnusedApprovals)
            {
                md.AppendLine($"- `{Cell(approval.Kind)}` at `{Cell(approval.Location)}`: {Cell(approval.Reason)}");
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
