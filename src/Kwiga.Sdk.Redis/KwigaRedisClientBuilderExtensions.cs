using Kwiga.Sdk;
using Kwiga.Sdk.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

// In the namespace of AddKwigaClient, so the call chains without another using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>services.AddKwigaClient(...).UseRedisRateLimiting(...)</c>: every process registered this way
/// against the same Redis shares one rate-limit budget per token.
/// </summary>
public static class KwigaRedisClientBuilderExtensions
{
    /// <summary>Shares the budget through a Redis reached with a StackExchange.Redis configuration string (owned and disposed with the container).</summary>
    /// <param name="builder">What <c>AddKwigaClient</c> returned.</param>
    /// <param name="configuration">E.g. <c>"redis:6379,password=..."</c>; parsed now, connected at the first request.</param>
    /// <param name="configure">Adjusts <see cref="KwigaRedisRateLimiterOptions"/>; validated now.</param>
    public static KwigaClientBuilder UseRedisRateLimiting(this KwigaClientBuilder builder, string configuration, Action<KwigaRedisRateLimiterOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        StackExchange.Redis.ConfigurationOptions.Parse(configuration);
        return Use(builder, configure, (_, options, logs, time) => new KwigaRedisRateLimiterProvider(configuration, options, logs, time));
    }

    /// <summary>Shares the budget through your multiplexer (not disposed by the container).</summary>
    /// <param name="builder">What <c>AddKwigaClient</c> returned.</param>
    /// <param name="connection">A connected (or reconnecting, <c>abortConnect=false</c>) multiplexer.</param>
    /// <param name="configure">Adjusts <see cref="KwigaRedisRateLimiterOptions"/>; validated now.</param>
    public static KwigaClientBuilder UseRedisRateLimiting(this KwigaClientBuilder builder, IConnectionMultiplexer connection, Action<KwigaRedisRateLimiterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Use(builder, configure, (_, options, logs, time) => new KwigaRedisRateLimiterProvider(connection, options, logs, time));
    }

    /// <summary>Shares the budget through a multiplexer from the container (e.g. one your app already registers).</summary>
    /// <param name="builder">What <c>AddKwigaClient</c> returned.</param>
    /// <param name="connection">Resolves the multiplexer (not disposed by the provider).</param>
    /// <param name="configure">Adjusts <see cref="KwigaRedisRateLimiterOptions"/>; validated now.</param>
    public static KwigaClientBuilder UseRedisRateLimiting(this KwigaClientBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<KwigaRedisRateLimiterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Use(builder, configure, (services, options, logs, time) => new KwigaRedisRateLimiterProvider(connection(services), options, logs, time));
    }

    private static KwigaClientBuilder Use(
        KwigaClientBuilder builder,
        Action<KwigaRedisRateLimiterOptions>? configure,
        Func<IServiceProvider, KwigaRedisRateLimiterOptions, ILoggerFactory?, TimeProvider?, KwigaRedisRateLimiterProvider> create)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new KwigaRedisRateLimiterOptions();
        configure?.Invoke(options);
        options.Validate();

        // One provider per container; a second call replaces the first.
        builder.Services.RemoveAll<KwigaRedisRateLimiterProvider>();
        builder.Services.AddSingleton(services => create(services, options, services.GetService<ILoggerFactory>(), services.GetService<TimeProvider>()));

        // The client reads KwigaOptions when IHttpClientFactory builds its handlers; the factory set here
        // is the same closure every time, so every handler chain gets the same limiter per token.
        builder.Services.AddOptions<KwigaOptions>()
            .PostConfigure<KwigaRedisRateLimiterProvider>((kwiga, provider) => kwiga.RateLimiterFactory = provider.CreateFactory(kwiga.RateLimit));
        return builder;
    }
}
