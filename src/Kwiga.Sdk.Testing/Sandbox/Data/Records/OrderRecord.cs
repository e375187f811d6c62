namespace Kwiga.Sandbox.Data.Records;

/// <summary>An order of a contact: an offer (or bare products) bought at a price.</summary>
internal sealed class OrderRecord
{
    public int Id { get; init; }

    public int? OfferId { get; init; }

    public List<int> ProductIds { get; init; } = [];

    public decimal Amount { get; init; }

    public bool IsPaid { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<int> ManagerIds { get; init; } = [];

    /// <summary>Id of the payment record (orders without one are unpaid drafts).</summary>
    public int PaymentId { get; init; }

    /// <summary>Subscription id per product the order grants.</summary>
    public Dictionary<int, int> SubscriptionIds { get; init; } = [];
}
