using System.Diagnostics.CodeAnalysis;
using Kwiga.Sdk.Authentication;
using Kwiga.Sdk;
using Kwiga.Sdk.Client;
using Kwiga.Sdk.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="KwigaClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class KwigaServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient registration.</summary>
    public const string HttpClientName = "Kwiga.Sdk";

    /// <summary>
    /// Registers the client with options bound from <paramref name="configuration"/> (e.g. the <c>Kwiga</c> section).
    /// Binding is by reflection (<c>ConfigurationBinder</c>): in a trimmed or native AOT application use
    /// <see cref="AddKwigaClient(IServiceCollection, Action{KwigaOptions})"/> and read the values yourself.
    /// </summary>
    [RequiresUnreferencedCode("Binds KwigaOptions from configuration by reflection; in a trimmed application use the overload that takes an Action<KwigaOptions>.")]
    [RequiresDynamicCode("Binds KwigaOptions from configuration by reflection; in a native AOT application use the overload that takes an Action<KwigaOptions>.")]
    public static KwigaClientBuilder AddKwigaClient(this IServiceCollection services, IConfiguration configuration, Action<KwigaOptions>? configure = null)
    {
        Guard.NotNull(configuration, nameof(configuration));
        return services.AddKwigaClient(options =>
        {
            configuration.Bind(options);
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// Registers <see cref="KwigaClient"/> (transient, over a pooled <c>HttpClient</c> named
    /// <see cref="HttpClientName"/>) and validates <see cref="KwigaOptions"/> when the host starts.
    /// </summary>
    public static KwigaClientBuilder AddKwigaClient(this IServiceCollection services, Action<KwigaOptions> configure)
    {
        Guard.NotNull(services, nameof(services));
        Guard.NotNull(configure, nameof(configure));

        services.AddOptions<KwigaOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KwigaOptions>, KwigaOptionsValidator>();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        var http = services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Microsoft.Kiota.Http.HttpClientLibrary.KiotaClientFactory.GetDefaultHttpMessageHandler())
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<KwigaOptions>>().Value;
                foreach (var handler in KwigaPipeline.CreateHandlers(options, provider.GetService<ILoggerFactory>(), provider.GetService<TimeProvider>()))
                {
                    handlers.Add(handler);
                }
            });

        // After every Configure, the user's included: IHttpClientFactory's own logging writes request
        // headers at Trace unless their values are redacted, and whatever primary handler is configured
        // last must not follow redirects by itself (it would carry the credentials to another host).
        services.PostConfigure<HttpClientFactoryOptions>(HttpClientName, factory =>
        {
            var redactedElsewhere = factory.ShouldRedactHeaderValue;
            factory.ShouldRedactHeaderValue = header => CredentialHeaders.IsSecret(header) || redactedElsewhere(header);
            factory.HttpMessageHandlerBuilderActions.Add(handlers => AutoRedirect.TurnOff(handlers.PrimaryHandler));
        });

        services.AddTransient(provider => KwigaClientFactory.CreateOverPipeline(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<KwigaOptions>>().Value));

        return new KwigaClientBuilder(services, http);
    }
}
