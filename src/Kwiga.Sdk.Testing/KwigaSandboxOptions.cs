namespace Kwiga.Sdk.Testing;

/// <summary>Settings of one <see cref="KwigaSandbox"/>.</summary>
public sealed class KwigaSandboxOptions
{
    /// <summary>
    /// True (default): the sandbox serves its default cabinet (500 contacts, 4 courses, 12 offers, 40 coupons, …;
    /// the package README lists it). False: an empty cabinet, filled through <see cref="KwigaSandbox.Data"/>.
    /// </summary>
    public bool DefaultData { get; set; } = true;

    /// <summary>Requests allowed per window and token (KWIGA: 200). The client of the sandbox uses the same budget.</summary>
    public int RateLimit { get; set; } = 200;

    /// <summary>Length of the rate-limit window (KWIGA: one minute). A short one keeps tests of the limit fast.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The server's clock (its rate-limit windows and the dates of records created by requests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The token the sandbox accepts; null (default) gives each sandbox its own, so sandboxes never share the
    /// SDK's per-token rate-limit budget.
    /// </summary>
    public string? Token { get; set; }

    internal void Validate()
    {
        if (RateLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimit), RateLimit, "The rate limit must be at least 1.");
        }

        if (RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimitWindow), RateLimitWindow, "The rate-limit window must be positive.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
        if (Token is not null && string.IsNullOrWhiteSpace(Token))
        {
            throw new ArgumentException("The token must not be blank.", nameof(Token));
        }
    }
}
