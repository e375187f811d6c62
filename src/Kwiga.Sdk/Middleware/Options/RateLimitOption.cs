using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk;

/// <summary>
/// Rate limiting of a client (<c>KwigaOptions.RateLimit</c>), or of one request when added to its
/// request options (only <see cref="MaxWait"/> and <see cref="Enabled"/> apply per request; the
/// budget itself is per token).
/// </summary>
public sealed class RateLimitOption : IRequestOption
{
    /// <summary>False sends without waiting for a permit and passes a 429 straight through.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests allowed per <see cref="Window"/> and token (KWIGA: 200 a minute).</summary>
    public int PermitLimit { get; set; } = 200;

    /// <summary>The server's window (KWIGA: one minute). Shrink it only to imitate KWIGA in tests and benchmarks.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests that may queue for a permit before new ones fail fast.</summary>
    public int QueueLimit { get; set; } = 100_000;

    /// <summary>
    /// Longest time one request may spend waiting — for a permit and for the server's 429s together —
    /// before it fails with <c>KwigaRateLimitException</c>.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(2);
}
