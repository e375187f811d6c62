namespace Kwiga.Generator.Drift;

/// <summary>
/// A field of a documented schema or response. The dump lost some field names: such fields have a null
/// <see cref="Name"/> and keep their description or condition text so they can be reported.
/// </summary>
/// <param name="Name">Field name, or null when the dump lost it.</param>
/// <param name="Type">Type text, e.g. <c>FlowTag[]</c>; null for unnamed fields.</param>
/// <param name="Nullable">True when marked <c>nullable</c>.</param>
/// <param name="Conditional">True when marked <c>conditional</c> or introduced by a "Conditional:" line.</param>
/// <param name="Line">1-based line in the docs file.</param>
/// <param name="Text">Description or condition text (what identifies an unnamed field).</param>
public sealed record DocField(string? Name, string? Type, bool Nullable, bool Conditional, int Line, string? Text)
{
    /// <summary>The first description line under a named field (what a suggested property's description starts from).</summary>
    public string? Description { get; init; }

    /// <summary>The text of the field's "Conditional: ..." note, without the prefix.</summary>
    public string? Condition { get; init; }

    /// <summary>True when the dump kept the name.</summary>
    public bool IsNamed => Name is not null;
}
