namespace Kwiga.Sdk.Testing;

/// <summary>A coupon for <see cref="SandboxData.AddCoupon"/>.</summary>
public sealed class NewCoupon
{
    /// <summary>The code (required, unique in the cabinet, no spaces).</summary>
    public required string Code { get; init; }

    /// <summary>The reward: a percentage (1–100) or, with <see cref="IsFixed"/>, an amount off (above 0).</summary>
    public decimal Reward { get; init; }

    /// <summary>True for an amount off, false (default) for a percentage.</summary>
    public bool IsFixed { get; init; }

    /// <summary>How many times it can be used in all; 0 (default) for no limit.</summary>
    public int TotalUses { get; init; }

    /// <summary>How many times it has been used (at most <see cref="TotalUses"/> when that is set).</summary>
    public int Used { get; init; }

    /// <summary>When it expires, or null.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
