using Kwiga.Sandbox.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kwiga.Sandbox;

/// <summary>
/// Starts the sandbox: in-process from tests (<see cref="StartAsync(SandboxOptions?, CancellationToken)"/>)
/// or from the command line (<see cref="RunAsync"/>).
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimit = { Window = TimeSpan.FromSeconds(2) } });
/// using var http = sandbox.CreateClient();            // BaseAddress, Token and Cabinet-Hash set
/// var page = await http.GetStringAsync("contacts?per_page=50");
/// </code>
/// </example>
internal static class SandboxServer
{
    /// <summary>
    /// Starts a sandbox on a free loopback port (or <see cref="SandboxOptions.Urls"/>) and returns once it
    /// accepts requests. Dispose the result to stop it.
    /// </summary>
    public static async Task<RunningSandbox> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
        => await StartAsync(options, hooks: null, cancellationToken).ConfigureAwait(false);

    /// <summary>As <see cref="StartAsync(SandboxOptions?, CancellationToken)"/>, with Kwiga.Sdk.Testing's middleware.</summary>
    internal static async Task<RunningSandbox> StartAsync(SandboxOptions? options, SandboxHooks? hooks, CancellationToken cancellationToken)
    {
        options ??= new SandboxOptions();
        var app = SandboxApplication.Create([], configured => Copy(options, configured), hooks, isolated: true);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new RunningSandbox(app, options, BaseUrlOf(app));
    }

    /// <summary>Runs the sandbox until Ctrl+C, printing where it listens and the credentials it accepts.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var app = SandboxApplication.Create(args);
        await app.StartAsync().ConfigureAwait(false);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value;
        await output.WriteLineAsync($"""
            KWIGA sandbox listening on {BaseUrlOf(app)}
              Token:        {options.Token}
              Cabinet-Hash: {options.CabinetHash}
              Rate limit:   {options.RateLimit.Limit} requests per {options.RateLimit.Window} per token
              Data:         {options.ContactCount} contacts, seed {options.Seed}
            Press Ctrl+C to stop.
            """).ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static Uri BaseUrlOf(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    private static void Copy(SandboxOptions from, SandboxOptions to)
    {
        to.Token = from.Token;
        to.CabinetHash = from.CabinetHash;
        to.Urls = from.Urls;
        to.Seed = from.Seed;
        to.ContactCount = from.ContactCount;
        to.CourseUserCount = from.CourseUserCount;
        to.RateLimit = from.RateLimit;
        to.TimeProvider = from.TimeProvider;
        to.DefaultData = from.DefaultData;
    }
}
