namespace Kwiga.Sandbox.RateLimiting;

/// <summary>The outcome of one request against its token's window.</summary>
/// <param name="Allowed">False when the window is full (429).</param>
/// <param name="Limit">Requests allowed per window.</param>
/// <param name="Remaining">Requests left in the window after this one.</param>
/// <param name="ResetsAt">When the window ends.</param>
/// <param name="RetryAfter">Time until the window ends.</param>
internal readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetsAt, TimeSpan RetryAfter);
