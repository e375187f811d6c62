using System.Net;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Kwiga.Sdk.Redis;

/// <summary>
/// The Redis connection of one provider and its outage state, shared by every token's limiter so an
/// outage is logged once (not once per token or request) and Redis is tried again at most once per
/// <see cref="KwigaRedisRateLimiterOptions.ReconnectInterval"/>.
/// </summary>
internal sealed class RedisBudgetConnection : IAsyncDisposable
{
    private readonly IConnectionMultiplexer? _given;
    private readonly ConfigurationOptions? _configuration;
    private readonly KwigaRedisRateLimiterOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private Task<IConnectionMultiplexer?>? _connecting;
    private volatile bool _down;
    private long _downSince;
    private long _lastTry;
    private bool _disposed;

    /// <summary>Uses the caller's multiplexer (not disposed here).</summary>
    public RedisBudgetConnection(IConnectionMultiplexer connection, KwigaRedisRateLimiterOptions options, ILogger logger, TimeProvider time)
        : this(options, logger, time)
    {
        _given = connection;
        Endpoint = Describe(connection.GetEndPoints(configuredOnly: true));
    }

    /// <summary>Connects (lazily) from a StackExchange.Redis configuration string; owns the multiplexer.</summary>
    public RedisBudgetConnection(string configuration, KwigaRedisRateLimiterOptions options, ILogger logger, TimeProvider time)
        : this(options, logger, time)
    {
        _configuration = ConfigurationOptions.Parse(configuration);

        // Keep retrying in the background instead of throwing at start, and fail a command at once
        // while disconnected (instead of queueing it for the whole timeout): the fallback or
        // FailFast decides what a request does meanwhile.
        // One connect attempt before ConnectAsync returns (three, by default, make a refused port
        // cost 10 s); the multiplexer keeps reconnecting afterwards anyway.
        _configuration.AbortOnConnectFail = false;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ConnectRetry = 1;
        Endpoint = Describe(_configuration.EndPoints);
    }

    private RedisBudgetConnection(KwigaRedisRateLimiterOptions options, ILogger logger, TimeProvider time)
    {
        _options = options;
        _logger = logger;
        _time = time;
        Endpoint = string.Empty;
    }

    /// <summary>host:port of every endpoint, never a password.</summary>
    public string Endpoint { get; }

    /// <summary>True from a failure until a Redis call succeeds again.</summary>
    public bool IsDown => _down;

    /// <summary>The failure that started the current outage.</summary>
    public Exception? LastFailure { get; private set; }

    /// <summary>While down: whether the reconnect interval has passed (does not claim the try).</summary>
    public bool RetryDue
    {
        get
        {
            lock (_gate)
            {
                return _time.GetElapsedTime(_lastTry) >= _options.ReconnectInterval;
            }
        }
    }

    /// <summary>Whether the caller may use Redis now: always while up; while down, once per reconnect interval.</summary>
    public bool TryClaimUse()
    {
        if (!_down)
        {
            return true;
        }

        lock (_gate)
        {
            if (_time.GetElapsedTime(_lastTry) < _options.ReconnectInterval)
            {
                return false;
            }

            _lastTry = _time.GetTimestamp();
            return true;
        }
    }

    /// <summary>
    /// The connected multiplexer, or null after reporting why there is none. The first call waits for
    /// the first connect attempt (at most the configuration's <c>connectTimeout</c>, or until
    /// <paramref name="cancellationToken"/>).
    /// </summary>
    public async ValueTask<IConnectionMultiplexer?> GetAsync(CancellationToken cancellationToken)
    {
        IConnectionMultiplexer? connection = _given;
        if (connection is null)
        {
            Task<IConnectionMultiplexer?> connecting;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                connecting = _connecting ??= ConnectAsync();
            }

            connection = await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (connection is null)
            {
                lock (_gate)
                {
                    // Creating the multiplexer itself failed: build a new one at the next try.
                    if (ReferenceEquals(_connecting, connecting))
                    {
                        _connecting = null;
                    }
                }

                return null;
            }
        }

        if (!connection.IsConnected)
        {
            ReportFailure(new RedisConnectionException(ConnectionFailureType.UnableToConnect, $"No connection to {Endpoint}."));
            return null;
        }

        return connection;
    }

    /// <summary>The multiplexer when one exists already and is connected; never connects or waits.</summary>
    public IConnectionMultiplexer? Peek()
    {
        var connection = _given;
        if (connection is null)
        {
            lock (_gate)
            {
                connection = _connecting is { IsCompletedSuccessfully: true } done ? done.Result : null;
            }
        }

        return connection is { IsConnected: true } ? connection : null;
    }

    /// <summary>Records a failed Redis call; the first one of an outage is logged as a warning.</summary>
    public void ReportFailure(Exception failure)
    {
        var reason = Reason(failure);
        lock (_gate)
        {
            _lastTry = _time.GetTimestamp();
            if (_down)
            {
                Log.StillDown(_logger, Endpoint, reason, _options.ReconnectInterval.TotalSeconds);
                return;
            }

            _downSince = _lastTry;
            LastFailure = failure;
            _down = true;
        }

        if (_options.FailFast)
        {
            Log.FailingFast(_logger, Endpoint, reason, _options.ReconnectInterval.TotalSeconds);
        }
        else
        {
            Log.FallingBack(_logger, Endpoint, reason, _options.ReconnectInterval.TotalSeconds);
            RedisTelemetry.Fallbacks.Add(1);
        }
    }

    /// <summary>Records a Redis call that succeeded; ends an outage.</summary>
    public void ReportSuccess()
    {
        if (!_down)
        {
            return;
        }

        double seconds;
        lock (_gate)
        {
            if (!_down)
            {
                return;
            }

            _down = false;
            LastFailure = null;
            seconds = _time.GetElapsedTime(_downSince).TotalSeconds;
        }

        Log.Recovered(_logger, Endpoint, seconds);
        if (!_options.FailFast)
        {
            RedisTelemetry.FallbackDuration.Record(seconds);
        }
    }

    /// <summary>Whether <paramref name="e"/> means Redis could not serve a call (rather than a bug).</summary>
    public static bool IsRedisFailure(Exception e) =>
        e is RedisException or RedisTimeoutException or System.Net.Sockets.SocketException or ObjectDisposedException;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Task<IConnectionMultiplexer?>? connecting;
        lock (_gate)
        {
            _disposed = true;
            connecting = _connecting;
            _connecting = null;
        }

        if (connecting is not null && await connecting.ConfigureAwait(false) is { } owned)
        {
            await owned.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<IConnectionMultiplexer?> ConnectAsync()
    {
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(_configuration!.Clone()).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRedisFailure(e) || e is ArgumentException or InvalidOperationException)
        {
            ReportFailure(e);
            return null;
        }
    }

    private static string Reason(Exception e) => e switch
    {
        RedisConnectionException connection => $"{nameof(RedisConnectionException)} {connection.FailureType}",
        _ => e.GetType().Name,
    };

    private static string Describe(IEnumerable<EndPoint> endpoints)
    {
        var text = string.Join(",", endpoints.Select(e => e switch
        {
            DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
            _ => e.ToString() ?? "?",
        }));
        return text.Length == 0 ? "(no endpoint)" : text;
    }
}
