using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Offers in their three shapes: the full list item, the short form contacts embed, and the single offer.</summary>
internal static class OfferMapper
{
    public static Offer Full(OfferRecord offer, SandboxStore store)
    {
        var kyiv = store.Timezones.First(t => t.Id == 371);
        return new Offer
        {
            Id = offer.Id,
            Unique_offer_code = offer.Code,
            Url = $"{Wire.SchoolUrl}/o/{offer.Code}",
            Title = offer.Title,
            Description = offer.IsFree ? null : $"<p>{offer.Title}: description with html.</p>",
            Short_description = offer.IsFree ? null : "<p>Short description with html.</p>",
            Price_type = offer.IsFree ? new NamedValue { Id = 1, Name = "Free" } : new NamedValue { Id = 2, Name = "Paid" },
            Price = Wire.OfferPrice(offer.Price, asString: true),
            Price_discounted = Wire.OfferPrice(offer.DiscountedPrice ?? offer.Price, asString: false),
            Discount = offer.DiscountedPrice is { } discounted ? Discount(offer, discounted, kyiv) : null,
            Has_subscription = false,
            Limit_type = LimitType(offer),
            Limit_of_sales = offer.LimitOfSales,
            Is_active = true,
            Is_draft = false,
            Validity_start = Validity("validity_start", 1, offer.CreatedAt, kyiv),
            Validity_end = Validity("validity_end", 3, offer.CreatedAt, kyiv),
            Products = offer.ProductIds.Select(id => ProductMapper.ToProduct(store.Products.First(p => p.Id == id))).ToList(),
        };
    }

    /// <summary>The form embedded in contacts: id, code, title and the sales limit.</summary>
    public static Offer Short(OfferRecord offer) => new()
    {
        Id = offer.Id,
        Unique_offer_code = offer.Code,
        Title = offer.Title,
        Limit_type = LimitType(offer),
        Limit_of_sales = offer.LimitOfSales,
    };

    public static NamedValue LimitType(OfferRecord offer)
        => offer.LimitOfSales is null ? new NamedValue { Id = 1, Name = "Unlimited" } : new NamedValue { Id = 2, Name = "Certain amount" };

    private static OfferDiscount Discount(OfferRecord offer, decimal discounted, TimezoneRecord zone) => new()
    {
        Id = offer.Id - 100,
        Price_discounted = (double)discounted,
        Limit_type = new NamedValue { Id = 1, Name = "Unlimited" },
        Start_at = offer.CreatedAt,
        Start_at_utc = offer.CreatedAt,
        Start_timezone_id = zone.Id,
        Start_timezone = Wire.Timezone(zone),
        End_at = offer.CreatedAt.AddDays(365),
        End_type = 3,
        End_at_utc = offer.CreatedAt.AddDays(365),
        End_timezone_id = zone.Id,
        End_timezone = Wire.Timezone(zone),
        Is_active = true,
        Is_available = true,
        Created_at = offer.CreatedAt,
        Updated_at = offer.CreatedAt,
    };

    private static DateSetting Validity(string type, int durationType, DateTimeOffset at, TimezoneRecord zone) => new()
    {
        Type = type,
        Duration_type_id = durationType,
        Date_at = at,
        Date_at_utc = at,
        Timezone_id = zone.Id,
        Timezone = Wire.Timezone(zone),
        After_months = 0,
        After_days = 0,
    };
}
