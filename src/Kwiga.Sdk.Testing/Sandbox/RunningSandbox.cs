namespace Kwiga.Sandbox;

/// <summary>A started sandbox. Dispose it to stop the server.</summary>
internal sealed class RunningSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningSandbox(WebApplication app, SandboxOptions options, Uri baseUrl)
    {
        _app = app;
        Options = options;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the sandbox listens, with a trailing slash (<c>http://127.0.0.1:41234/</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The options it runs with (token, cabinet hash, rate limit, seed).</summary>
    public SandboxOptions Options { get; }

    /// <summary>The application's services (the in-memory store, for tests that look behind the API).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// An <see cref="HttpClient"/> with <see cref="BaseUrl"/> as base address and, unless
    /// <paramref name="authenticated"/> is false, the <c>Token</c> and <c>Cabinet-Hash</c> headers the sandbox accepts.
    /// </summary>
    public HttpClient CreateClient(bool authenticated = true)
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        if (authenticated)
        {
            client.DefaultRequestHeaders.Add("Token", Options.Token);
            client.DefaultRequestHeaders.Add("Cabinet-Hash", Options.CabinetHash);
        }

        return client;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
