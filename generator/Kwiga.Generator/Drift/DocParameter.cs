namespace Kwiga.Generator.Drift;

/// <summary>Where a documented parameter was read.</summary>
public enum DocParameterSource
{
    /// <summary>A row of the operation's parameter table.</summary>
    Table,

    /// <summary>The query string of a curl example.</summary>
    Example,

    /// <summary>Inherited from the GET that a POST alias mirrors.</summary>
    Alias,
}

/// <summary>A parameter named by the docs.</summary>
/// <param name="Name">Dotted name: <c>per_page</c>, <c>filters.date_from</c>, <c>additional_fields.field_id</c>.</param>
/// <param name="Type">Type text as printed, e.g. <c>integer[]</c>.</param>
/// <param name="Required">True when the row says <c>required</c>.</param>
/// <param name="Line">1-based line in the docs file.</param>
/// <param name="Source">Table row, example, or alias.</param>
/// <param name="ParentInferred">True when the parent (<c>filters.</c>) was inferred from the table layout.</param>
public sealed record DocParameter(
    string Name, string Type, bool Required, int Line, DocParameterSource Source, bool ParentInferred = false)
{
    /// <summary>The first description line under the row.</summary>
    public string? Description { get; init; }

    /// <summary>The last dotted segment.</summary>
    public string Leaf => Name[(Name.LastIndexOf('.') + 1)..];
}
