namespace Kwiga.Sandbox.Data.Records;

/// <summary>A CRM contact as the sandbox stores it; mapped to the contract's <c>Contact</c> per endpoint.</summary>
internal sealed class ContactRecord
{
    public int Id { get; init; }

    public int? UserId { get; set; }

    public required string Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Country calling code without <c>+</c> (<c>380</c>); null without a phone.</summary>
    public string? PhoneCode { get; set; }

    /// <summary>National part of the phone (<c>931234567</c>).</summary>
    public string? PhoneNumber { get; set; }

    public string PhoneCountry { get; set; } = "UA";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? LastActivityAt { get; set; }

    public List<int> TagIds { get; } = [];

    public List<OrderRecord> Orders { get; } = [];

    /// <summary>Products removed through <c>DELETE /contacts/.../products</c>, despite their orders.</summary>
    public HashSet<int> RemovedProductIds { get; } = [];

    public Dictionary<string, List<string>> Utm { get; } = new(StringComparer.Ordinal);

    /// <summary>Custom field id → value.</summary>
    public Dictionary<int, string> AdditionalFields { get; } = [];

    /// <summary>Full phone in international form (<c>+380931234567</c>), as the list sends it.</summary>
    public string? Phone => PhoneNumber is null ? null : $"+{PhoneCode}{PhoneNumber}";

    /// <summary>First and last name, as Laravel's accessor joins them.</summary>
    public string? Name => string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrEmpty(n))) is { Length: > 0 } name ? name : null;

    public IEnumerable<int> OfferIds => Orders.Where(o => o.OfferId is not null).Select(o => o.OfferId!.Value).Distinct();

    public IEnumerable<int> ProductIds => Orders.SelectMany(o => o.ProductIds).Distinct().Where(p => !RemovedProductIds.Contains(p));
}
