using System.Net;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

public sealed class AuthenticationTests
{
    [Test]
    public async Task Request_without_token_and_cabinet_hash_is_401_unauthenticated()
    {
        using var anonymous = SharedSandbox.Instance.CreateClient(authenticated: false);
        using var response = await anonymous.GetAsync("contacts");

        var body = await Http.ReadAsync(response, HttpStatusCode.Unauthorized);
        Assert.That((string?)body["message"], Is.EqualTo("Unauthenticated."));
        Assert.That(response.Header("X-RateLimit-Limit"), Is.Not.Empty, "the rate-limit headers are on every response");
    }

    [TestCase("sandbox-token", "wrong-hash")]
    [TestCase("wrong-token", "sandbox-cabinet-hash")]
    public async Task A_wrong_token_or_cabinet_hash_is_401(string token, string hash)
    {
        using var client = SharedSandbox.Instance.CreateClient(authenticated: false);
        client.DefaultRequestHeaders.Add("Token", token);
        client.DefaultRequestHeaders.Add("Cabinet-Hash", hash);

        var body = await client.GetJsonAsync("timezones", HttpStatusCode.Unauthorized);

        Assert.That((string?)body["message"], Is.EqualTo("Unauthenticated."));
    }

    [Test]
    public async Task The_configured_token_and_cabinet_hash_are_accepted()
    {
        var body = await SharedSandbox.Client.GetJsonAsync("timezones");

        Assert.That(body["data"]!.AsArray().Select(t => (string?)t!["name"]), Does.Contain("Europe/Kyiv"));
    }

    [Test]
    public void Only_loopback_addresses_can_be_bound()
    {
        var options = new SandboxOptions { Urls = "http://0.0.0.0:0" };

        Assert.That(async () => await SandboxServer.StartAsync(options), Throws.InvalidOperationException.With.Message.Contains("loopback"));
    }
}
