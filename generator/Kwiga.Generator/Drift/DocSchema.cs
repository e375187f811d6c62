namespace Kwiga.Generator.Drift;

/// <summary>A schema of the docs' data-schema section.</summary>
/// <param name="Name">Schema name as printed (<c>Contact</c>), or null when the dump lost the heading.</param>
/// <param name="Line">1-based line of the heading (or of the first field when the heading was lost).</param>
public sealed record DocSchema(string? Name, int Line)
{
    /// <summary>Fields in docs order, unnamed ones included.</summary>
    public List<DocField> Fields { get; } = [];
}
