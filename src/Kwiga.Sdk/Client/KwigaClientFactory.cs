using Kwiga.Sdk.Authentication;
using Kwiga.Sdk.Internal;
using Kwiga.Sdk.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Kwiga.Sdk.Client;

/// <summary>
/// Builds ready-to-use <see cref="KwigaClient"/>s. Without dependency injection:
/// <code>var kwiga = KwigaClientFactory.Create(new KwigaOptions { Token = "...", CabinetHash = "..." });</code>
/// With it, use <c>services.AddKwigaClient(...)</c>.
/// </summary>
public static class KwigaClientFactory
{
    /// <summary>Creates a client with its own HTTP pipeline.</summary>
    /// <param name="options">Validated here; an invalid set throws <see cref="KwigaConfigurationException"/>.</param>
    /// <param name="loggerFactory">Where the SDK logs (never credentials); none by default.</param>
    /// <param name="timeProvider">The clock all waiting uses (tests pass a fake one).</param>
    /// <param name="transport">The innermost handler (tests pass a mock); the platform default otherwise.</param>
    public static KwigaClient Create(KwigaOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, HttpMessageHandler? transport = null)
    {
        Guard.NotNull(options, nameof(options)).Validate();
        var handlers = KwigaPipeline.CreateHandlers(options, loggerFactory, timeProvider);
        var httpClient = new HttpClient(KwigaPipeline.Link(handlers, transport ?? KiotaClientFactory.GetDefaultHttpMessageHandler()))
        {
            // Attempts are bounded by AttemptTimeoutHandler; a whole call may legitimately queue for permits.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return Create(httpClient, options);
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> whose handlers already form the KWIGA pipeline
    /// (as <c>AddKwigaClient</c> configures through <c>IHttpClientFactory</c>).
    /// </summary>
    public static KwigaClient Create(HttpClient httpClient, KwigaOptions options)
    {
        Guard.NotNull(httpClient, nameof(httpClient));
        Guard.NotNull(options, nameof(options)).Validate();
        var adapter = new HttpClientRequestAdapter(
            new KwigaAuthenticationProvider(options.Token!, options.CabinetHash!, options.BaseUrl),
            KwigaSerialization.CreateParseNodeFactories(),
            KwigaSerialization.CreateSerializationWriterFactories(),
            httpClient)
        {
            BaseUrl = options.BaseUrl.ToString().TrimEnd('/'),
        };
        return new KwigaClient(new KwigaRequestAdapter(adapter));
    }
}
