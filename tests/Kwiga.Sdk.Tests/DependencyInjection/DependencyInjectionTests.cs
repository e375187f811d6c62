using System.Net;
using Kwiga.Sdk.DependencyInjection;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.DependencyInjection;

/// <summary>services.AddKwigaClient binds and validates options and builds clients through IHttpClientFactory.</summary>
public class DependencyInjectionTests
{
    [Test]
    public async Task Client_from_configuration_sends_the_configured_credentials_and_language()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kwiga:Token"] = TestClients.Token,
            ["Kwiga:CabinetHash"] = TestClients.CabinetHash,
            ["Kwiga:Language"] = "uk",
            ["Kwiga:BaseUrl"] = "https://sandbox.kwiga.test",
        }).Build();
        using var transport = new MockHttpMessageHandler();
        HttpRequestMessage? sent = null;
        transport.Fallback.Respond(r =>
        {
            sent = r;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":[]}""", System.Text.Encoding.UTF8, "application/json") };
        });
        var services = new ServiceCollection();
        services.AddKwigaClient(configuration.GetSection("Kwiga")).HttpClient.ConfigurePrimaryHttpMessageHandler(() => transport);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<KwigaClient>();
        await client.Timezones.GetAsync();

        Assert.That(sent!.RequestUri!.AbsoluteUri, Is.EqualTo("https://sandbox.kwiga.test/timezones"));
        Assert.That(sent.Headers.GetValues("Token").Single(), Is.EqualTo(TestClients.Token));
        Assert.That(sent.Headers.GetValues("X-Language").Single(), Is.EqualTo("uk"));
    }

    [Test]
    public void Invalid_options_stop_the_host_at_start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddKwigaClient(o => o.Token = "only-a-token");
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Does.Contain("CabinetHash"));
    }
}
