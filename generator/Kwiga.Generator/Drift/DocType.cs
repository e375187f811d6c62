namespace Kwiga.Generator.Drift;

/// <summary>
/// A type as the docs print it: <c>integer</c>, <c>datetime</c>, <c>FlowTag[]</c>, <c>integer/integer[]</c>
/// (either form), a schema name. Parsed into its alternatives.
/// </summary>
public sealed record DocType
{
    private DocType(string text, IReadOnlyList<DocTypeForm> forms)
    {
        Text = text;
        Forms = forms;
    }

    /// <summary>The text as printed.</summary>
    public string Text { get; }

    /// <summary>The alternatives (<c>integer/integer[]</c> has two).</summary>
    public IReadOnlyList<DocTypeForm> Forms { get; }

    /// <summary>Parses a docs type; null for text that is not a type (<c>?</c> for example parameters, <c>inferred</c>).</summary>
    public static DocType? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text is "?" or "inferred")
        {
            return null;
        }

        var forms = text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.EndsWith("[]", StringComparison.Ordinal)
                ? new DocTypeForm(part[..^2], IsArray: true)
                : new DocTypeForm(part, IsArray: false))
            .ToList();
        return forms.Count == 0 ? null : new DocType(text, forms);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>One alternative of a docs type.</summary>
/// <param name="Name">Element type: <c>integer</c>, <c>string</c>, <c>number</c>, <c>boolean</c>, <c>datetime</c>, <c>date</c>, <c>object</c>, or a schema name.</param>
/// <param name="IsArray">True for <c>X[]</c>.</param>
public sealed record DocTypeForm(string Name, bool IsArray)
{
    /// <summary>True when <see cref="Name"/> names a data schema (<c>Contact</c>, <c>Enum</c>) rather than a primitive.</summary>
    public bool IsSchemaName => Name.Length > 0 && char.IsUpper(Name[0]);

    /// <inheritdoc />
    public override string ToString() => IsArray ? $"{Name}[]" : Name;
}
