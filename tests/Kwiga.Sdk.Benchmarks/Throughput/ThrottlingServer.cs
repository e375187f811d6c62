using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// A minimal KWIGA on 127.0.0.1 (Kestrel, in this process): <c>GET /contacts</c> paginated, behind
/// <see cref="FixedWindowThrottle"/>. Every response carries <c>X-RateLimit-Limit</c> and
/// <c>X-RateLimit-Remaining</c>; a 429 adds <c>Retry-After</c> (whole seconds, rounded up) and
/// <c>X-RateLimit-Reset</c> (UNIX seconds), as Laravel's throttle does.
/// </summary>
public sealed class ThrottlingServer : IAsyncDisposable
{
    private static readonly byte[] TooManyAttempts = Encoding.UTF8.GetBytes("{\"message\":\"Too Many Attempts.\"}");

    private readonly WebApplication _app;
    private readonly ContactsCatalog _catalog;
    private readonly FixedWindowThrottle _throttle;
    private string _baseUrl = "";

    private ThrottlingServer(WebApplication app, ContactsCatalog catalog, FixedWindowThrottle throttle)
    {
        _app = app;
        _catalog = catalog;
        _throttle = throttle;
    }

    /// <summary>The server's root, <c>http://127.0.0.1:port</c>.</summary>
    public Uri BaseUrl => new(_baseUrl);

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<ThrottlingServer> StartAsync(ContactsCatalog catalog, FixedWindowThrottle throttle)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();

        // No console lifetime: Ctrl+C or SIGTERM must end this process, not wait for the host.
        builder.Services.AddSingleton<IHostLifetime, ImmediateLifetime>();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ThrottlingServer(app, catalog, throttle);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server._baseUrl = address.TrimEnd('/');
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Counted when it arrives, before anything else is done with it.
        var arrived = Stopwatch.GetTimestamp();
        var verdict = _throttle.Hit(context.Request.Headers["Token"].ToString(), arrived);
        var response = context.Response;
        response.Headers["X-RateLimit-Limit"] = _throttle.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = verdict.Remaining.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json";
        if (!verdict.Allowed)
        {
            var seconds = (long)Math.Ceiling(verdict.ResetIn.TotalSeconds);
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset"] = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture);
            await response.Body.WriteAsync(TooManyAttempts).ConfigureAwait(false);
            return;
        }

        if (context.Request.Path != "/contacts")
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var query = context.Request.Query;
        var page = int.TryParse(query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var perPage = int.TryParse(query["per_page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 15;
        await response.Body.WriteAsync(_catalog.Page(_baseUrl, page, perPage)).ConfigureAwait(false);
    }

    private sealed class ImmediateLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
