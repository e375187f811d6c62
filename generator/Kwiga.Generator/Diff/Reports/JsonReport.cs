using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kwiga.Generator.Diff.Reports;

/// <summary>Renders a diff as JSON: <c>{ summary, changes: [{kind, class, location, detail, whoBreaks, approved}] }</c>.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Renders the report.</summary>
    public static string Render(DiffResult result, string baseName, string headName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var changes = new JsonArray(result.Changes.Select(c => (JsonNode)new JsonObject
        {
            ["kind"] = c.Kind.Id,
            ["class"] = c.Class.ToId(),
            ["location"] = c.Location,
            ["detail"] = c.Detail,
            ["whoBreaks"] = c.Kind.WhoBreaks,
            ["approved"] = c.Approved,
            ["approvalReason"] = c.ApprovalReason,
        }).ToArray());

        var unused = new JsonArray(result.UnusedApprovals.Select(a => (JsonNode)new JsonObject
        {
            ["kind"] = a.Kind,
            ["location"] = a.Location,
            ["reason"] = a.Reason,
        }).ToArray());

        var root = new JsonObject
        {
            ["base"] = baseName,
            ["head"] = headName,
            ["summary"] = new JsonObject
            {
                ["wireBreaking"] = result.Count(ChangeClass.WireBreaking),
                ["sdkBreaking"] = result.Count(ChangeClass.SdkBreaking),
                ["nonBreaking"] = result.Count(ChangeClass.NonBreaking),
                ["unapprovedBreaking"] = result.UnapprovedBreaking.Count,
            },
            ["changes"] = changes,
            ["unusedApprovals"] = unused,
        };
        return root.ToJsonString(Options);
    }
}
