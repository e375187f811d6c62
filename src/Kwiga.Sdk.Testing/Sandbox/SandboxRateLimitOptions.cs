namespace Kwiga.Sandbox;

/// <summary>
/// The per-token limit: KWIGA allows 200 requests per minute per API token. Tests shrink the window
/// (<c>Sandbox:RateLimit:Window=00:00:02</c>) instead of sending 200 requests.
/// </summary>
internal sealed class SandboxRateLimitOptions
{
    /// <summary>Requests allowed per window and token (<c>X-RateLimit-Limit</c>).</summary>
    public int Limit { get; set; } = 200;

    /// <summary>Length of the fixed window, which starts at the token's first request.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Throws when the limit or window is not positive.</summary>
    public void Validate()
    {
        if (Limit < 1 || Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Sandbox:RateLimit:Limit and Sandbox:RateLimit:Window must be positive.");
        }
    }
}
