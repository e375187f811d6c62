using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Kwiga.Sdk.Redis;

/// <summary>
/// Hands out one Redis-backed limiter per token key, so every process using the same Redis and
/// <see cref="KwigaRedisRateLimiterOptions.KeyPrefix"/> shares one budget per token. With dependency
/// injection use <c>AddKwigaClient(...).UseRedisRateLimiting(...)</c>; without it:
/// <code>
/// await using var redis = new KwigaRedisRateLimiterProvider("localhost:6379");
/// var options = new KwigaOptions { Token = "...", CabinetHash = "..." };
/// options.RateLimiterFactory = redis.CreateFactory(options.RateLimit);
/// var kwiga = KwigaClientFactory.Create(options);
/// </code>
/// </summary>
public sealed class KwigaRedisRateLimiterProvider : IDisposable, IAsyncDisposable
{
    private const int MaxTokenKeyLength = 64;
    private static readonly TimeSpan MinPoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, Lazy<RedisBudgetLimiter>> _limiters = new(StringComparer.Ordinal);
    private readonly RedisBudgetConnection _connection;
    private readonly KwigaRedisRateLimiterOptions _options;
    private readonly TimeProvider _time;
    private int _disposed;

    /// <summary>Shares budgets through <paramref name="connection"/> (yours: it is not disposed here).</summary>
    /// <param name="connection">A StackExchange.Redis multiplexer; <c>AbortOnConnectFail=false</c> lets it reconnect by itself.</param>
    /// <param name="options">Validated here; defaults when null.</param>
    /// <param name="loggerFactory">Where outages are logged (endpoint without password, never a token).</param>
    /// <param name="timeProvider">The clock of waits and reconnect intervals (the clients' clock).</param>
    public KwigaRedisRateLimiterProvider(IConnectionMultiplexer connection, KwigaRedisRateLimiterOptions? options = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        (_options, _time, var logger) = Prepare(options, loggerFactory, timeProvider);
        _connection = new RedisBudgetConnection(connection, _options, logger, _time);
    }

    /// <summary>
    /// Shares budgets through a multiplexer made from a StackExchange.Redis configuration string (e.g.
    /// <c>"redis.internal:6379,password=...,ssl=true"</c>), connected at the first request and disposed
    /// with this provider. <c>abortConnect</c> is forced off and commands fail at once while disconnected.
    /// </summary>
    /// <param name="configuration">Parsed here: an invalid string throws now, not at the first request.</param>
    /// <param name="options">Validated here; defaults when null.</param>
    /// <param name="loggerFactory">Where outages are logged (endpoint without password, never a token).</param>
    /// <param name="timeProvider">The clock of waits and reconnect intervals (the clients' clock).</param>
    public KwigaRedisRateLimiterProvider(string configuration, KwigaRedisRateLimiterOptions? options = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        (_options, _time, var logger) = Prepare(options, loggerFactory, timeProvider);
        _connection = new RedisBudgetConnection(configuration, _options, logger, _time);
    }

    /// <summary>The Redis endpoint(s) as host:port, without password.</summary>
    public string Endpoint => _connection.Endpoint;

    /// <summary>False while Redis is unreachable (requests use the fallback or fail, see <see cref="KwigaRedisRateLimiterOptions.FailFast"/>).</summary>
    public bool IsRedisAvailable => !_connection.IsDown;

    /// <summary>The Redis key holding the budget of <paramref name="tokenKey"/> (its <c>:stats</c> twin sits beside it).</summary>
    public string RedisKeyFor(string tokenKey) => "rl:sw:{" + Partition(tokenKey) + "}";

    /// <summary>
    /// A factory for <see cref="KwigaOptions.RateLimiterFactory"/>: the shared limiter of each token key,
    /// sized by <paramref name="budget"/> (normally the client's <see cref="KwigaOptions.RateLimit"/>).
    /// </summary>
    public Func<string, RateLimiter> CreateFactory(RateLimitOption budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return tokenKey => GetLimiter(tokenKey, budget);
    }

    /// <summary>
    /// The limiter of <paramref name="tokenKey"/> (<see cref="TokenKey.Of"/> of the token, never the token),
    /// created the first time with <paramref name="budget"/>; the same instance for the same key afterwards.
    /// </summary>
    public RateLimiter GetLimiter(string tokenKey, RateLimitOption budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var partition = Partition(tokenKey);
        return _limiters.GetOrAdd(tokenKey, key => new Lazy<RedisBudgetLimiter>(() => Create(key, partition, budget))).Value;
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var limiter in _limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private RedisBudgetLimiter Create(string tokenKey, string partition, RateLimitOption budget)
    {
        if (budget.PermitLimit <= 0 || budget.Window <= TimeSpan.Zero)
        {
            throw new KwigaConfigurationException(["RateLimit.PermitLimit and RateLimit.Window must be positive for a Redis-shared budget."]);
        }

        // As the in-process KwigaBudgetLimiter: the server's window plus 1/120, plus the margin for the
        // hosts' clock skew and for requests slow to arrive (Redis permits are stamped when taken).
        var window = budget.Window + TimeSpan.FromTicks(budget.Window.Ticks / 120) + _options.ClockSkewTolerance;
        var poll = _options.PollInterval ?? Clamp(TimeSpan.FromTicks(budget.Window.Ticks / budget.PermitLimit));
        return new RedisBudgetLimiter(
            _connection,
            partition,
            budget.PermitLimit,
            window,
            poll,
            _options.FailFast,
            () => KwigaBudgetLimiter.Shared(tokenKey, budget, _time),
            _time);
    }

    private string Partition(string tokenKey)
    {
        ArgumentNullException.ThrowIfNull(tokenKey);

        // A hash is all the limiter may ever see: refuse anything that could be the token itself.
        if (tokenKey.Length is < 32 or > MaxTokenKeyLength || !tokenKey.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Expected TokenKey.Of(token) (lower-case hex), never the token itself.", nameof(tokenKey));
        }

        return _options.KeyPrefix + tokenKey;
    }

    private static TimeSpan Clamp(TimeSpan poll) => poll < MinPoll ? MinPoll : poll > MaxPoll ? MaxPoll : poll;

    private static (KwigaRedisRateLimiterOptions, TimeProvider, ILogger) Prepare(KwigaRedisRateLimiterOptions? options, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        var copy = (options ?? new KwigaRedisRateLimiterOptions()).Clone();
        copy.Validate();
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Kwiga.Sdk.Redis");
        return (copy, timeProvider ?? TimeProvider.System, logger);
    }
}
