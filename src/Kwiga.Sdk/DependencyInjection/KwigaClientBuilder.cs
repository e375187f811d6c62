using System.Threading.RateLimiting;
using Kwiga.Sdk.Client;
using Kwiga.Sdk.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Kwiga.Sdk;

/// <summary>Returned by <c>AddKwigaClient</c> so add-ons (e.g. a shared rate limiter) can chain onto the registration.</summary>
public sealed class KwigaClientBuilder
{
    internal KwigaClientBuilder(IServiceCollection services, IHttpClientBuilder httpClient)
    {
        Services = services;
        HttpClient = httpClient;
    }

    /// <summary>The service collection the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The named <see cref="System.Net.Http.HttpClient"/> registration behind the client.</summary>
    public IHttpClientBuilder HttpClient { get; }

    /// <summary>
    /// Replaces the in-process budget with your limiters: <paramref name="limiterFor"/> gets the
    /// container and a token's <see cref="TokenKey"/> and must return the same limiter for the same key
    /// (it is asked each time IHttpClientFactory builds the client's pipeline). Sets <see cref="KwigaOptions.RateLimiterFactory"/>.
    /// </summary>
    public KwigaClientBuilder UseRateLimiter(Func<IServiceProvider, string, RateLimiter> limiterFor)
    {
        if (limiterFor is null)
        {
            throw new ArgumentNullException(nameof(limiterFor));
        }

        Services.AddOptions<KwigaOptions>()
            .PostConfigure<IServiceProvider>((options, services) => options.RateLimiterFactory = tokenKey => limiterFor(services, tokenKey));
        return this;
    }

    /// <summary>
    /// Replaces the in-process budget with a <see cref="PartitionedRateLimiter{TResource}"/> partitioned by
    /// <see cref="TokenKey"/>, resolved once from the container (which owns and disposes it when it
    /// is registered there). See <see cref="PartitionedBudget"/>.
    /// </summary>
    public KwigaClientBuilder UsePartitionedRateLimiter(Func<IServiceProvider, PartitionedRateLimiter<string>> limiter)
    {
        if (limiter is null)
        {
            throw new ArgumentNullException(nameof(limiter));
        }

        Services.AddOptions<KwigaOptions>()
            .PostConfigure<IServiceProvider>((options, services) => options.RateLimiterFactory = PartitionedBudget.From(limiter(services)));
        return this;
    }
}
