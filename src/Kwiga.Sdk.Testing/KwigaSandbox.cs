using Kwiga.Sandbox;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Hosting;
using Kwiga.Sdk.Testing.Faults;
using Kwiga.Sdk.Testing.Requests;

namespace Kwiga.Sdk.Testing;

/// <summary>
/// An offline imitation of the KWIGA API, in-process on 127.0.0.1 and a free port, generated from the same
/// contract as Kwiga.Sdk: the cabinet's data, Laravel's pagination, errors and rate limit. Records every request
/// (<see cref="Requests"/>), injects failures (<see cref="Faults"/>) and takes extra data (<see cref="Data"/>).
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await KwigaSandbox.StartAsync();
/// var contact = await sandbox.Client.Contacts[1].GetAsync();
/// </code>
/// </example>
public sealed class KwigaSandbox : IAsyncDisposable
{
    private const string SandboxCabinetHash = "sandbox-cabinet-hash";

    private readonly RunningSandbox _running;
    private readonly KwigaSandboxOptions _options;
    private readonly Lazy<KwigaClient> _client;

    private KwigaSandbox(RunningSandbox running, KwigaSandboxOptions options, RequestLog requests, SandboxFaults faults)
    {
        _running = running;
        _options = options;
        Requests = requests;
        Faults = faults;
        Data = new SandboxData(running.Services.GetRequiredService<SandboxStore>());
        _client = new Lazy<KwigaClient>(() => KwigaClientFactory.Create(CreateClientOptions()));
    }

    /// <summary>Where it listens, with a trailing slash (<c>http://127.0.0.1:41234/</c>).</summary>
    public Uri BaseUrl => _running.BaseUrl;

    /// <summary>The token it accepts (a fake one, its own unless <see cref="KwigaSandboxOptions.Token"/> was set).</summary>
    public string Token => _running.Options.Token;

    /// <summary>The cabinet hash it accepts (a fake one).</summary>
    public string CabinetHash => _running.Options.CabinetHash;

    /// <summary>A client bound to the sandbox, built from <see cref="CreateClientOptions"/> on first use.</summary>
    public KwigaClient Client => _client.Value;

    /// <summary>Every request received, in order, without credentials.</summary>
    public RequestLog Requests { get; }

    /// <summary>Failures to answer with instead of the contract's responses.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>Adds contacts, courses, offers and coupons to the cabinet.</summary>
    public SandboxData Data { get; }

    /// <summary>
    /// Starts a sandbox and returns once it accepts requests; dispose it to stop it.
    /// </summary>
    /// <param name="options">Data, rate limit and clock; null for the defaults (default data, 200 a minute).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<KwigaSandbox> StartAsync(KwigaSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KwigaSandboxOptions();
        options.Validate();
        var requests = new RequestLog();
        RunningSandbox? running = null;
        var routes = new Lazy<ContractRoutes>(() => new ContractRoutes(running!.Services.GetRequiredService<EndpointDataSource>()));
        var faults = new SandboxFaults(() => routes.Value);
        var hooks = new SandboxHooks
        {
            Services = services => services.AddSingleton(requests).AddSingleton(faults),
            First = app => app.UseMiddleware<RequestRecorderMiddleware>(),
            AfterAuthentication = app => app.UseMiddleware<FaultMiddleware>(),
        };
        var engine = new SandboxOptions
        {
            // Its own token: the SDK keeps one rate-limit budget per token for the whole process.
            Token = options.Token ?? "sandbox-" + Guid.NewGuid().ToString("N"),
            CabinetHash = SandboxCabinetHash,
            DefaultData = options.DefaultData,
            TimeProvider = options.TimeProvider,
            RateLimit = new SandboxRateLimitOptions { Limit = options.RateLimit, Window = options.RateLimitWindow },
        };
        running = await SandboxServer.StartAsync(engine, hooks, cancellationToken).ConfigureAwait(false);
        return new KwigaSandbox(running, options, requests, faults);
    }

    /// <summary>
    /// Options for a client of this sandbox, for code that builds its own (<c>KwigaClientFactory.Create</c>,
    /// <c>AddKwigaClient</c>): its base URL and credentials, and the SDK's rate-limit budget sized like the
    /// sandbox's limit and window. A new instance each call, free to change.
    /// </summary>
    public KwigaOptions CreateClientOptions() => new()
    {
        Token = Token,
        CabinetHash = CabinetHash,
        BaseUrl = BaseUrl,
        RateLimit = { PermitLimit = _options.RateLimit, Window = _options.RateLimitWindow },
    };

    /// <summary>Where it listens; never the token or the cabinet hash.</summary>
    public override string ToString() => $"KWIGA sandbox at {BaseUrl}";

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync() => await _running.DisposeAsync().ConfigureAwait(false);
}
