using Kwiga.Sdk.Tests.Support;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;

namespace Kwiga.Sdk.Tests.Client;

/// <summary><see cref="KwigaOptions.UserAgentSuffix"/> reaches the wire on every way of building a client.</summary>
public class UserAgentTests
{
    [Test]
    public async Task The_suffix_follows_the_sdks_product_once_on_every_attempt([Values] ConstructionPath path)
    {
        await using var server = await LoopbackServer.StartAsync((_, index) => index == 0
            ? Reply.Json("""{"message":"Service Unavailable"}""", 503)
            : Reply.Json("""{"data":[]}"""));
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl, o => o.UserAgentSuffix = "MyCrmSync/2.1 (+https://crm.example)");

        await kwiga.Client.Timezones.GetAsync();

        Assert.That(server.Requests, Has.Count.EqualTo(2), "the 503 was retried");
        Assert.That(
            server.Requests.Select(r => r.Headers["User-Agent"]),
            Has.All.Match(@"^Kwiga\.Sdk/\S+ MyCrmSync/2\.1 \(\+https://crm\.example\)$"),
            "the SDK's product first, then the application's, once even on the resend");
    }

    [Test]
    public async Task Without_a_suffix_only_the_sdks_product_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.Json("""{"data":[]}"""));
        await using var kwiga = await PathClient.CreateAsync(ConstructionPath.Factory, server.BaseUrl);

        await kwiga.Client.Timezones.GetAsync();

        Assert.That(server.Requests.Single().Headers["User-Agent"], Does.Match(@"^Kwiga\.Sdk/\S+$"));
    }

    [TestCase("")]
    [TestCase("My App/1.0 (unclosed")]
    [TestCase("bad\r\nHeader: injected")]
    public void A_suffix_that_is_not_a_user_agent_value_is_refused_at_construction(string suffix)
    {
        var options = TestClients.Options(o => o.UserAgentSuffix = suffix);

        var error = Assert.Throws<KwigaConfigurationException>(() => KwigaClientFactory.Create(options));

        Assert.That(error!.Message, Does.Contain("Kwiga:UserAgentSuffix"));
    }
}
