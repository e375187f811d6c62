using System.Text.Json.Serialization;

namespace Kwiga.Sdk.Benchmarks.Baseline;

// Hand-written System.Text.Json shapes of the docs' examples: the baseline the SDK's reader is
// measured against. They hold only the fields the examples carry, typed as the wire sends them.

/// <summary>Laravel's <c>links</c>.</summary>
public sealed record PageLinks
{
    [JsonPropertyName("first")] public string? First { get; init; }
    [JsonPropertyName("last")] public string? Last { get; init; }
    [JsonPropertyName("prev")] public string? Prev { get; init; }
    [JsonPropertyName("next")] public string? Next { get; init; }
}

/// <summary>Laravel's <c>meta</c>.</summary>
public sealed record PageMeta
{
    [JsonPropertyName("current_page")] public int? CurrentPage { get; init; }
    [JsonPropertyName("from")] public int? From { get; init; }
    [JsonPropertyName("last_page")] public int? LastPage { get; init; }
    [JsonPropertyName("links")] public List<PageMetaLink>? Links { get; init; }
    [JsonPropertyName("path")] public string? Path { get; init; }
    [JsonPropertyName("per_page")] public int? PerPage { get; init; }
    [JsonPropertyName("to")] public int? To { get; init; }
    [JsonPropertyName("total")] public int? Total { get; init; }
}

/// <summary>One entry of <c>meta.links</c>.</summary>
public sealed record PageMetaLink
{
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("active")] public bool? Active { get; init; }
}

/// <summary>A <c>{id, name}</c> pair (price type, limit type).</summary>
public sealed record IdName
{
    [JsonPropertyName("id")] public int? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
}
