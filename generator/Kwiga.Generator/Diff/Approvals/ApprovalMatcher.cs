namespace Kwiga.Generator.Diff.Approvals;

/// <summary>Marks changes covered by approvals and reports approvals that covered nothing.</summary>
public static class ApprovalMatcher
{
    /// <summary>Applies approvals to breaking changes; non-breaking changes need none and are left alone.</summary>
    public static DiffResult Apply(IReadOnlyList<Change> changes, IReadOnlyList<Approval> approvals)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(approvals);
        var used = new HashSet<Approval>(ReferenceEqualityComparer.Instance);
        var result = changes.Select(change =>
        {
            if (!change.IsBreaking)
            {
                return change;
            }

            var approval = approvals.FirstOrDefault(a => a.Matches(change));
            if (approval is null)
            {
                return change;
            }

            used.Add(approval);
            return change with { Approved = true, ApprovalReason = approval.Reason };
        }).ToList();

        return new DiffResult(result, approvals.Where(a => !used.Contains(a)).ToList());
    }
}
