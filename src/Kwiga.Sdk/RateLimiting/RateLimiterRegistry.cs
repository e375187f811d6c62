using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Kwiga.Sdk.RateLimiting;

/// <summary>
/// One limiter per API token, shared by every client of the process that uses that token (KWIGA
/// counts per token, not per client). Keyed by <see cref="TokenKey"/>, never by the token.
/// </summary>
internal sealed class RateLimiterRegistry
{
    private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> _limiters = new(StringComparer.Ordinal);

    /// <summary>The process-wide registry the SDK uses by default.</summary>
    public static RateLimiterRegistry Shared { get; } = new();

    /// <summary>
    /// The limiter for <paramref name="tokenKey"/>, created by <paramref name="create"/> the first time
    /// (the first client to ask decides the budget's settings).
    /// </summary>
    public RateLimiter GetOrAdd(string tokenKey, Func<string, RateLimiter> create)
    {
        if (tokenKey is null)
        {
            throw new ArgumentNullException(nameof(tokenKey));
        }

        if (create is null)
        {
            throw new ArgumentNullException(nameof(create));
        }

        // Looked up first: the factory's closures are only needed the first time (every request asks).
        return _limiters.TryGetValue(tokenKey, out var existing)
            ? existing.Value
            : _limiters.GetOrAdd(tokenKey, key => new Lazy<RateLimiter>(() => create(key))).Value;
    }

    /// <summary>How many token budgets exist.</summary>
    public int Count => _limiters.Count;
}
