namespace Kwiga.Sandbox.Data.Records;

/// <summary>A mailing contact list and its members.</summary>
internal sealed class ContactListRecord
{
    public int Id { get; init; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public bool IsDefault { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Member contact ids in the order they were added.</summary>
    public List<int> ContactIds { get; } = [];
}
