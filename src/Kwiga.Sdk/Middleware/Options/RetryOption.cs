using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Middleware.Options;

/// <summary>Retries of transport failures and 5xx for idempotent requests (GET, PUT, DELETE).</summary>
public sealed class RetryOption : IRequestOption
{
    /// <summary>Retries after the first attempt. 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; doubles each retry.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
