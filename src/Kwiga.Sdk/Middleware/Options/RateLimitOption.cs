using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Middleware.Options;

/// <summary>Rate limiting of one client, or of one request when added to its request options.</summary>
public sealed class RateLimitOption : IRequestOption
{
    /// <summary>Requests per minute allowed per token (KWIGA: 200).</summary>
    public int PermitsPerMinute { get; set; } = 200;

    /// <summary>Longest total time one request may wait for permits and 429 retries before <c>KwigaRateLimitException</c>.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(2);
}
