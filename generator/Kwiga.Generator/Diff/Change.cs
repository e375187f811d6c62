namespace Kwiga.Generator.Diff;

/// <summary>One classified difference between two contract versions.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Class">Classification of this occurrence.</param>
/// <param name="Location">
/// Where: <c>GET /contacts</c>, <c>GET /contacts query:per_page</c>, <c>POST /contacts request:email</c>,
/// <c>GET /contacts response:200:data[].email</c>, <c>schema:Contact:tags[].id</c>.
/// </param>
/// <param name="Detail">Old and new values, in words.</param>
public sealed record Change(ChangeKind Kind, ChangeClass Class, string Location, string Detail)
{
    /// <summary>True when an approvals entry accepted this change.</summary>
    public bool Approved { get; init; }

    /// <summary>The reason given by the matching approval.</summary>
    public string? ApprovalReason { get; init; }

    /// <summary>True for wire- or SDK-breaking changes.</summary>
    public bool IsBreaking => Class != ChangeClass.NonBreaking;
}
