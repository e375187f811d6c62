using Microsoft.Extensions.DependencyInjection;

namespace Kwiga.Sdk.DependencyInjection;

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
}
