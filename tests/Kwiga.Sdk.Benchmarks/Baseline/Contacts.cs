using System.Text.Json.Serialization;

namespace Kwiga.Sdk.Benchmarks.Baseline;

/// <summary><c>POST /contacts/purchases</c>: the contact with its orders.</summary>
public sealed record ContactResponse
{
    [JsonPropertyName("data")] public Contact? Data { get; init; }
}

/// <summary><c>GET /contacts</c>: one page of contacts (the throughput run's list).</summary>
public sealed record ContactPage
{
    [JsonPropertyName("data")] public List<Contact>? Data { get; init; }
    [JsonPropertyName("links")] public PageLinks? Links { get; init; }
    [JsonPropertyName("meta")] public PageMeta? Meta { get; init; }
}

/// <summary>A contact (the fields of the purchase and course-user examples).</summary>
public sealed record Contact
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("user_id")] public int? UserId { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("first_name")] public string? FirstName { get; init; }
    [JsonPropertyName("last_name")] public string? LastName { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("phone_number")] public string? PhoneNumber { get; init; }
    [JsonPropertyName("tags")] public List<IdName>? Tags { get; init; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("last_activity_at")] public DateTimeOffset? LastActivityAt { get; init; }
    [JsonPropertyName("additional_fields")] public List<AdditionalField>? AdditionalFields { get; init; }
    [JsonPropertyName("orders")] public List<Order>? Orders { get; init; }
}

/// <summary>A contact's value of an additional field.</summary>
public sealed record AdditionalField
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("field")] public FieldRef? Field { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>The additional field itself.</summary>
public sealed record FieldRef
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("is_local")] public bool? IsLocal { get; init; }
}

/// <summary>An order.</summary>
public sealed record Order
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("type_id")] public int? TypeId { get; init; }
    [JsonPropertyName("first_paid_at")] public DateTimeOffset? FirstPaidAt { get; init; }
    [JsonPropertyName("paid_at")] public DateTimeOffset? PaidAt { get; init; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("products")] public List<OrderProduct>? Products { get; init; }
    [JsonPropertyName("payments")] public List<Payment>? Payments { get; init; }
}

/// <summary>A product of an order or an offer.</summary>
public sealed record OrderProduct
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("productable_id")] public int? ProductableId { get; init; }
    [JsonPropertyName("productable_type")] public string? ProductableType { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("link")] public string? Link { get; init; }
}

/// <summary>A payment; <c>status</c> is a number on the wire.</summary>
public sealed record Payment
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("status")] public int? Status { get; init; }
    [JsonPropertyName("status_title")] public string? StatusTitle { get; init; }
    [JsonPropertyName("payment_type")] public string? PaymentType { get; init; }
    [JsonPropertyName("payment_type_title")] public string? PaymentTypeTitle { get; init; }
    [JsonPropertyName("payment_form")] public string? PaymentForm { get; init; }
    [JsonPropertyName("payment_form_title")] public string? PaymentFormTitle { get; init; }
    [JsonPropertyName("price_info")] public Price? PriceInfo { get; init; }
    [JsonPropertyName("paid_at")] public DateTimeOffset? PaidAt { get; init; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
}
