using Kwiga.Sdk.Authentication;
using Kwiga.Sdk.Internal;
using Kwiga.Sdk.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;

using Kwiga.Sdk.Client;

namespace Kwiga.Sdk;

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
    /// <param name="transport">
    /// The innermost handler: your own (a proxy, client certificates, a test double) or, by default, the
    /// platform's. The SDK switches off its automatic redirects (<c>AllowAutoRedirect</c>), which would
    /// re-send the credentials to any host: the SDK follows redirects on the API host only.
    /// </param>
    /// <exception cref="KwigaConfigurationException">The options are invalid, or <paramref name="transport"/> follows redirects and has already been used.</exception>
    public static KwigaClient Create(KwigaOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, HttpMessageHandler? transport = null)
    {
        Guard.NotNull(options, nameof(options)).Validate();
        var primary = transport ?? KiotaClientFactory.GetDefaultHttpMessageHandler();
        AutoRedirect.TurnOff(primary);
        var handlers = KwigaPipeline.CreateHandlers(options, loggerFactory, timeProvider);
        var httpClient = new HttpClient(KwigaPipeline.Link(handlers, primary))
        {
            // Attempts are bounded by AttemptTimeoutHandler; a whole call may legitimately queue for permits.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return CreateOverPipeline(httpClient, options);
    }

    /// <summary>
    /// Creates a client that sends through your <see cref="HttpClient"/> (its handlers, proxy and
    /// default headers), with the SDK's pipeline (rate limit, retries, errors, logging) in front of it.
    /// Its <see cref="HttpClient.Timeout"/> bounds each attempt as well as <see cref="KwigaOptions.Timeout"/>.
    /// Create it over a handler with <c>AllowAutoRedirect = false</c>: the SDK cannot reach into an
    /// <see cref="HttpClient"/>, and a platform handler that follows a redirect by itself re-sends the
    /// <c>Token</c> and <c>Cabinet-Hash</c> to whatever host it names. The SDK notices afterwards and
    /// refuses the response (<see cref="KwigaRedirectException"/>), but cannot take the headers
    /// back; passing a handler as <c>transport</c> to the other overload avoids the question.
    /// </summary>
    /// <exception cref="KwigaConfigurationException">The options are invalid.</exception>
    public static KwigaClient Create(KwigaOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) =>
        Create(options, loggerFactory, timeProvider, new HttpClientTransport(Guard.NotNull(httpClient, nameof(httpClient))));

    /// <summary>
    /// A client over an <see cref="HttpClient"/> whose handlers already form the KWIGA pipeline (as
    /// <c>AddKwigaClient</c> configures through <c>IHttpClientFactory</c>).
    /// </summary>
    internal static KwigaClient CreateOverPipeline(HttpClient httpClient, KwigaOptions options)
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
