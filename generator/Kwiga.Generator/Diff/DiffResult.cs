using Kwiga.Generator.Diff.Approvals;

namespace Kwiga.Generator.Diff;

/// <summary>The classified changes after approvals were applied.</summary>
/// <param name="Changes">Every change, approved ones marked.</param>
/// <param name="UnusedApprovals">Approvals that matched no change (stale entries worth deleting).</param>
public sealed record DiffResult(IReadOnlyList<Change> Changes, IReadOnlyList<Approval> UnusedApprovals)
{
    /// <summary>Breaking changes nobody approved; any of them fails the command.</summary>
    public IReadOnlyList<Change> UnapprovedBreaking =>
        Changes.Where(c => c.IsBreaking && !c.Approved).ToList();

    /// <summary>Number of changes of a class.</summary>
    public int Count(ChangeClass cls) => Changes.Count(c => c.Class == cls);
}
