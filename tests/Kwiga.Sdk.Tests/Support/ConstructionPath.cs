using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>The ways a user builds a client; a promise is tested on each of them.</summary>
public enum ConstructionPath
{
    /// <summary><c>KwigaClientFactory.Create(options)</c>: the SDK's own platform handler.</summary>
    Factory,

    /// <summary><c>KwigaClientFactory.Create(options, transport: handler)</c> with a fresh <c>SocketsHttpHandler</c> (redirects on).</summary>
    FactoryWithOwnHandler,

    /// <summary><c>AddKwigaClient</c> in a real generic host (IHttpClientFactory, its logging included).</summary>
    GenericHost,

    /// <summary><c>KwigaClientFactory.Create(options, httpClient)</c> over a handler that does not follow redirects.</summary>
    OwnHttpClient,
}

/// <summary>Builds a client on a <see cref="ConstructionPath"/> against a base URL, with everything logged at Trace.</summary>
public sealed class PathClient : IAsyncDisposable
{
    private readonly IHost? _host;
    private readonly IDisposable? _owned;

    private PathClient(KwigaClient client, CapturingLoggerProvider logs, IHost? host, IDisposable? owned)
    {
        Client = client;
        Logs = logs;
        _host = host;
        _owned = owned;
    }

    public KwigaClient Client { get; }

    /// <summary>Every log line of every category at Trace, scopes included.</summary>
    public CapturingLoggerProvider Logs { get; }

    public static async Task<PathClient> CreateAsync(ConstructionPath path, Uri baseUrl, Action<KwigaOptions>? configure = null)
    {
        var logs = new CapturingLoggerProvider();
        void Configure(KwigaOptions o)
        {
            var defaults = TestClients.Options(configure);
            o.Token = defaults.Token;
            o.CabinetHash = defaults.CabinetHash;
            o.Retry = defaults.Retry;
            o.RateLimit = defaults.RateLimit;
            o.Timeout = defaults.Timeout;
            o.UserAgentSuffix = defaults.UserAgentSuffix;
            o.BaseUrl = baseUrl;
        }

        switch (path)
        {
            case ConstructionPath.GenericHost:
                var builder = Host.CreateApplicationBuilder();
                builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
                builder.Services.AddKwigaClient(Configure);
                var host = builder.Build();
                await host.StartAsync();
                return new PathClient(host.Services.GetRequiredService<KwigaClient>(), logs, host, null);
            default:
                var options = new KwigaOptions();
                Configure(options);
                var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
                var client = path switch
                {
                    ConstructionPath.Factory => KwigaClientFactory.Create(options, loggerFactory),
                    ConstructionPath.FactoryWithOwnHandler => KwigaClientFactory.Create(options, loggerFactory, transport: new SocketsHttpHandler()),
                    ConstructionPath.OwnHttpClient => KwigaClientFactory.Create(options, new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), loggerFactory),
                    _ => throw new ArgumentOutOfRangeException(nameof(path)),
                };
                return new PathClient(client, logs, null, loggerFactory);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        _owned?.Dispose();
    }
}
