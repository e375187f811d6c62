using System.Text.Json.Serialization;

namespace Kwiga.Sdk.Benchmarks.Baseline;

/// <summary><c>GET /offers</c>.</summary>
public sealed record OfferPage
{
    [JsonPropertyName("data")] public List<Offer>? Data { get; init; }
    [JsonPropertyName("links")] public PageLinks? Links { get; init; }
    [JsonPropertyName("meta")] public PageMeta? Meta { get; init; }
}

/// <summary>One offer.</summary>
public sealed record Offer
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("unique_offer_code")] public string? UniqueOfferCode { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("short_description")] public string? ShortDescription { get; init; }
    [JsonPropertyName("price_type")] public IdName? PriceType { get; init; }
    [JsonPropertyName("price")] public Price? Price { get; init; }
    [JsonPropertyName("price_discounted")] public Price? PriceDiscounted { get; init; }
    [JsonPropertyName("discount")] public OfferDiscount? Discount { get; init; }
    [JsonPropertyName("has_subscription")] public bool? HasSubscription { get; init; }
    [JsonPropertyName("limit_type")] public IdName? LimitType { get; init; }
    [JsonPropertyName("limit_of_sales")] public int? LimitOfSales { get; init; }
    [JsonPropertyName("is_active")] public bool? IsActive { get; init; }
    [JsonPropertyName("is_draft")] public bool? IsDraft { get; init; }
    [JsonPropertyName("validity_start")] public DateSetting? ValidityStart { get; init; }
    [JsonPropertyName("validity_end")] public DateSetting? ValidityEnd { get; init; }
    [JsonPropertyName("products")] public List<OrderProduct>? Products { get; init; }
}

/// <summary>A price; <c>amount</c> comes as a number or as a string such as <c>"10.00"</c>.</summary>
public sealed record Price
{
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("amount_rounded")] public string? AmountRounded { get; init; }
    [JsonPropertyName("amount_formatted")] public string? AmountFormatted { get; init; }
    [JsonPropertyName("amount_formatted_code")] public string? AmountFormattedCode { get; init; }
    [JsonPropertyName("amount_formatted_code_short")] public string? AmountFormattedCodeShort { get; init; }
    [JsonPropertyName("currency")] public Currency? Currency { get; init; }
}

/// <summary>A currency.</summary>
public sealed record Currency
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("html_code")] public string? HtmlCode { get; init; }
    [JsonPropertyName("html_letter_code")] public string? HtmlLetterCode { get; init; }
    [JsonPropertyName("is_volatile")] public bool? IsVolatile { get; init; }
}

/// <summary>An offer's discount.</summary>
public sealed record OfferDiscount
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("price_discounted")] public double? PriceDiscounted { get; init; }
    [JsonPropertyName("limit_type")] public IdName? LimitType { get; init; }
    [JsonPropertyName("start_at")] public DateTimeOffset? StartAt { get; init; }
    [JsonPropertyName("start_at_utc")] public DateTimeOffset? StartAtUtc { get; init; }
    [JsonPropertyName("start_timezone_id")] public int? StartTimezoneId { get; init; }
    [JsonPropertyName("end_at")] public DateTimeOffset? EndAt { get; init; }
    [JsonPropertyName("end_type")] public int? EndType { get; init; }
    [JsonPropertyName("end_at_utc")] public DateTimeOffset? EndAtUtc { get; init; }
    [JsonPropertyName("end_timezone_id")] public int? EndTimezoneId { get; init; }
    [JsonPropertyName("sales_limit")] public int? SalesLimit { get; init; }
    [JsonPropertyName("sales")] public int? Sales { get; init; }
    [JsonPropertyName("is_active")] public bool? IsActive { get; init; }
    [JsonPropertyName("is_available")] public bool? IsAvailable { get; init; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("start_timezone")] public Timezone? StartTimezone { get; init; }
    [JsonPropertyName("end_timezone")] public Timezone? EndTimezone { get; init; }
}

/// <summary>A time zone.</summary>
public sealed record Timezone
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("name_full")] public string? NameFull { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>The start or end of an offer's validity.</summary>
public sealed record DateSetting
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("duration_type_id")] public int? DurationTypeId { get; init; }
    [JsonPropertyName("date_at")] public DateTimeOffset? DateAt { get; init; }
    [JsonPropertyName("date_at_utc")] public DateTimeOffset? DateAtUtc { get; init; }
    [JsonPropertyName("timezone_id")] public int? TimezoneId { get; init; }
    [JsonPropertyName("timezone")] public Timezone? Timezone { get; init; }
    [JsonPropertyName("after_months")] public int? AfterMonths { get; init; }
    [JsonPropertyName("after_days")] public int? AfterDays { get; init; }
    [JsonPropertyName("specific_time")] public string? SpecificTime { get; init; }
}
