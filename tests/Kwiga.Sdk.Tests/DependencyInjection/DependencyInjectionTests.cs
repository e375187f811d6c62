using System.Net;
using System.Threading.RateLimiting;
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

    [Test]
    public async Task A_partitioned_rate_limiter_from_the_container_replaces_the_in_process_budget_per_token_key()
    {
        // Two permits an hour, no queue: the third request is refused locally, never sent.
        var keys = new List<string>();
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond("application/json", """{"data":[]}""");
        var services = new ServiceCollection();
        services.AddSingleton(PartitionedRateLimiter.Create<string, string>(tokenKey =>
        {
            lock (keys)
            {
                keys.Add(tokenKey);
            }

            return RateLimitPartition.GetFixedWindowLimiter(tokenKey, _ => new FixedWindowRateLimiterOptions { PermitLimit = 2, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
        }));
        services.AddKwigaClient(o => Copy(TestClients.Options(), o))
            .UsePartitionedRateLimiter(sp => sp.GetRequiredService<PartitionedRateLimiter<string>>())
            .HttpClient.ConfigurePrimaryHttpMessageHandler(() => transport);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KwigaClient>();

        await client.Timezones.GetAsync();
        await client.Timezones.GetAsync();
        var refused = Assert.ThrowsAsync<Kwiga.Sdk.KwigaRateLimitException>(() => client.Timezones.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("Not sent"));
            Assert.That(transport.GetMatchCount(transport.Fallback), Is.EqualTo(2));
            Assert.That(keys.Distinct(), Is.EqualTo(new[] { TokenKey.Of(TestClients.Token) }), "partitioned by the token's hash, never the token");
        });
    }

    [Test]
    public async Task A_custom_rate_limiter_gets_the_container_and_the_token_key()
    {
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond("application/json", """{"data":[]}""");
        var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        string? askedFor = null;
        var services = new ServiceCollection();
        services.AddKwigaClient(o => Copy(TestClients.Options(), o))
            .UseRateLimiter((_, tokenKey) =>
            {
                askedFor = tokenKey;
                return limiter;
            })
            .HttpClient.ConfigurePrimaryHttpMessageHandler(() => transport);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<KwigaClient>().Timezones.GetAsync();

        Assert.That(askedFor, Is.EqualTo(TokenKey.Of(TestClients.Token)));
        Assert.That(limiter.GetStatistics()!.TotalSuccessfulLeases, Is.EqualTo(1), "the request took its permit from the supplied limiter");
    }

    private static void Copy(Kwiga.Sdk.KwigaOptions from, Kwiga.Sdk.KwigaOptions to)
    {
        to.Token = from.Token;
        to.CabinetHash = from.CabinetHash;
        to.BaseUrl = from.BaseUrl;
        to.RateLimit = from.RateLimit;
        to.RateLimit.Enabled = true;
        to.Retry = from.Retry;
    }
}
