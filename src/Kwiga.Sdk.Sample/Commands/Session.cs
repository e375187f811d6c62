using Kwiga.Sdk.Testing;
using Kwiga.Sdk.Sample.Output;

namespace Kwiga.Sdk.Sample.Commands;

/// <summary>
/// The client the commands use: the real KWIGA API when <c>KWIGA_TOKEN</c> and <c>KWIGA_CABINET_HASH</c> are
/// set, else the offline sandbox, started in-process on loopback and stopped on dispose. The token and hash
/// are handed to the SDK and never printed.
/// </summary>
internal sealed class Session : IAsyncDisposable
{
    /// <summary>The sample's product token in the User-Agent, after the SDK's own.</summary>
    private const string SampleProduct = "kwiga-sample";

    private readonly KwigaSandbox? _sandbox;

    private Session(KwigaClient client, Terminal terminal, KwigaSandbox? sandbox)
    {
        Client = client;
        Terminal = terminal;
        _sandbox = sandbox;
    }

    public KwigaClient Client { get; }

    public Terminal Terminal { get; }

    /// <summary>True when the commands talk to the in-process sandbox (its known data gives the defaults).</summary>
    public bool IsSandbox => _sandbox is not null;

    public static async Task<Session> OpenAsync(Func<string, string?> environment, Terminal terminal, CancellationToken cancellationToken)
    {
        string? Variable(string name) => environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var token = Variable("KWIGA_TOKEN");
        var cabinetHash = Variable("KWIGA_CABINET_HASH");
        var baseUrl = Variable("KWIGA_BASE_URL");

        if (token is null && cabinetHash is null)
        {
            if (baseUrl is not null)
            {
                terminal.Status("KWIGA_BASE_URL is ignored: it needs KWIGA_TOKEN and KWIGA_CABINET_HASH.");
            }

            return await StartSandboxAsync(terminal, cancellationToken).ConfigureAwait(false);
        }

        if (token is null || cabinetHash is null)
        {
            throw new UsageException($"{(token is null ? "KWIGA_TOKEN" : "KWIGA_CABINET_HASH")} is not set: set both KWIGA_TOKEN and KWIGA_CABINET_HASH to call the KWIGA API, or neither to use the offline sandbox.");
        }

        var url = KwigaOptions.DefaultBaseUrl;
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out url))
        {
            throw new UsageException("KWIGA_BASE_URL must be an absolute URL such as https://api.kwiga.com.");
        }

        // Create validates the options (https unless loopback) before any request is sent.
        var client = KwigaClientFactory.Create(Options(token, cabinetHash, url));
        terminal.Status($"Calling the KWIGA API at {url.Scheme}://{url.Authority} (credentials from KWIGA_TOKEN and KWIGA_CABINET_HASH).");
        return new Session(client, terminal, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<Session> StartSandboxAsync(Terminal terminal, CancellationToken cancellationToken)
    {
        // Kwiga.Sdk.Testing, the package a user's own tests would use.
        var sandbox = await KwigaSandbox.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            var options = sandbox.CreateClientOptions();
            options.UserAgentSuffix = SampleProduct;
            var client = KwigaClientFactory.Create(options);
            terminal.Status($"No KWIGA_TOKEN / KWIGA_CABINET_HASH set: using the offline KWIGA sandbox started in-process at {sandbox.BaseUrl} (loopback only, generated data).");
            return new Session(client, terminal, sandbox);
        }
        catch
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static KwigaOptions Options(string token, string cabinetHash, Uri baseUrl) => new()
    {
        Token = token,
        CabinetHash = cabinetHash,
        BaseUrl = baseUrl,
        UserAgentSuffix = SampleProduct,
    };
}
