using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk;

/// <summary>
/// Retries after transport failures, attempt timeouts and 500/502/503/504 — for idempotent requests
/// only (GET, HEAD, OPTIONS, PUT, DELETE). A POST the server may have processed is never re-sent.
/// </summary>
public sealed class RetryOption : IRequestOption
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles with each retry (a 503's <c>Retry-After</c> wins when longer).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single delay between attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
