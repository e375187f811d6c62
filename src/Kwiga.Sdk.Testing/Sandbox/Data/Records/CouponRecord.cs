namespace Kwiga.Sandbox.Data.Records;

/// <summary>A coupon: a percentage or a fixed amount off.</summary>
internal sealed class CouponRecord
{
    public int Id { get; init; }

    public required string Code { get; init; }

    public decimal Reward { get; init; }

    /// <summary>True for an amount in currency, false for a percentage.</summary>
    public bool IsFixed { get; init; }

    public int UsedAmount { get; set; }

    /// <summary>0 means unlimited.</summary>
    public int TotalUses { get; init; }

    public int TotalUsesPerUser { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public int? TimezoneId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>True when created through <c>POST /coupons</c> (the create response's richer shape).</summary>
    public bool CreatedThroughApi { get; init; }
}
