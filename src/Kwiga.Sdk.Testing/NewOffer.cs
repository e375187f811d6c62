namespace Kwiga.Sdk.Testing;

/// <summary>An offer for <see cref="SandboxData.AddOffer"/>: what a buyer pays for, granting courses or products.</summary>
public sealed class NewOffer
{
    /// <summary>The title (required).</summary>
    public required string Title { get; init; }

    /// <summary>The price (0 for a free offer; not negative).</summary>
    public decimal Price { get; init; }

    /// <summary>A discounted price, below <see cref="Price"/>.</summary>
    public decimal? DiscountedPrice { get; init; }

    /// <summary>How many times it can be sold (at least 1), or null for no limit.</summary>
    public int? LimitOfSales { get; init; }

    /// <summary>Courses it grants (their products); with <see cref="ProductIds"/>, at least one in all.</summary>
    public IReadOnlyList<int> CourseIds { get; init; } = [];

    /// <summary>Products it grants (the default data's ids 201–208, or a course's product).</summary>
    public IReadOnlyList<int> ProductIds { get; init; } = [];
}
