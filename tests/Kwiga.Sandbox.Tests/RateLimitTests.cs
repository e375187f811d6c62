using System.Globalization;
using System.Net;
using Kwiga.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kwiga.Sandbox.Tests;

/// <summary>A sandbox with a shrunk window (3 requests per 2 seconds) instead of 200 requests per minute.</summary>
public sealed class RateLimitTests
{
    [Test]
    public async Task The_window_counts_down_refuses_with_retry_after_and_recovers_when_it_ends()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimit = { Limit = 3, Window = TimeSpan.FromSeconds(2) } });
        using var client = sandbox.CreateClient();

        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync("timezones");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ok.Header("X-RateLimit-Limit"), Is.EqualTo("3"));
            remaining.Add(ok.Header("X-RateLimit-Remaining"));
        }

        Assert.That(remaining, Is.EqualTo(new[] { "2", "1", "0" }));

        using var refused = await client.GetAsync("timezones");
        var body = await Http.ReadAsync(refused, HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Header("Retry-After"), CultureInfo.InvariantCulture);
        var reset = long.Parse(refused.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["message"], Is.EqualTo("Too Many Attempts."));
            Assert.That(refused.Header("X-RateLimit-Remaining"), Is.EqualTo("0"));
            Assert.That(retryAfter, Is.InRange(1, 2));
            Assert.That(reset, Is.InRange(now, now + 3));
        });

        // A different token has a window of its own (the request is then refused by authentication).
        using (var other = sandbox.CreateClient(authenticated: false))
        {
            other.DefaultRequestHeaders.Add("Token", "another-token");
            using var response = await other.GetAsync("timezones");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Header("X-RateLimit-Remaining"), Is.EqualTo("2"));
        }

        await Task.Delay(TimeSpan.FromSeconds(retryAfter) + TimeSpan.FromMilliseconds(150));

        using var recovered = await client.GetAsync("timezones");
        Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(recovered.Header("X-RateLimit-Remaining"), Is.EqualTo("2"), "a new window starts at the first request after the old one ended");
    }

    [Test]
    public async Task Every_response_carries_the_limit_headers_errors_included()
    {
        using var notFound = await SharedSandbox.Client.GetAsync("contacts/999999");
        using var invalid = await SharedSandbox.Client.GetAsync("courses?per_page=99");

        Assert.That(notFound.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(new[] { notFound.Header("X-RateLimit-Remaining"), invalid.Header("X-RateLimit-Remaining") }, Has.None.Empty);
    }

    [Test]
    public async Task The_window_and_limit_bind_from_the_command_line()
    {
        await using var app = SandboxApplication.Create(["--Sandbox:RateLimit:Window=00:00:02", "--Sandbox:RateLimit:Limit=7", "--Sandbox:Token=cli-token"]);
        var options = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;

        Assert.That(options.RateLimit.Window, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(options.RateLimit.Limit, Is.EqualTo(7));
        Assert.That(options.Token, Is.EqualTo("cli-token"));
    }
}
