namespace Kwiga.Generator.Diff;

/// <summary>One kind of contract change with its usual classification.</summary>
/// <param name="Id">Stable id used in reports and approvals, e.g. <c>parameter-removed</c>.</param>
/// <param name="DefaultClass">Classification unless the detector computes a more precise one.</param>
/// <param name="WhoBreaks">Who is affected and why, grounded in what Kiota generates.</param>
public sealed record ChangeKind(string Id, ChangeClass DefaultClass, string WhoBreaks);
