using Kwiga.Sdk.Redis.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Kwiga.Sdk.Redis.Tests;

/// <summary>services.AddKwigaClient(...).UseRedisRateLimiting(...) in one call.</summary>
public class DependencyInjectionTests : RedisServerFixture
{
    [Test]
    public async Task UseRedisRateLimiting_resolves_a_client_whose_requests_spend_the_budget_in_redis()
    {
        var token = Clients.NewToken();
        var server = Clients.Server();
        var services = new ServiceCollection();
        services.AddKwigaClient(o => Copy(Clients.Options(token), o))
            .UseRedisRateLimiting(Redis.Configuration)
            .HttpClient.ConfigurePrimaryHttpMessageHandler(() => server);
        await using var container = services.BuildServiceProvider(validateScopes: true);

        var client = container.GetRequiredService<KwigaClient>();
        await client.Timezones.GetAsync();
        await container.GetRequiredService<KwigaClient>().Timezones.GetAsync();

        var provider = container.GetRequiredService<KwigaRedisRateLimiterProvider>();
        Assert.Multiple(async () =>
        {
            Assert.That(container.GetRequiredService<IOptions<KwigaOptions>>().Value.RateLimiterFactory, Is.Not.Null);
            Assert.That(await PermitsInRedisAsync(provider.RedisKeyFor(TokenKey.Of(token))), Is.EqualTo(2));
            Assert.That(server.Accepted, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task No_log_line_at_trace_carries_the_credentials_on_the_redis_path()
    {
        var token = Clients.NewToken();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddKwigaClient(o => Copy(Clients.Options(token), o))
            .UseRedisRateLimiting(Redis.Configuration)
            .HttpClient.ConfigurePrimaryHttpMessageHandler(Clients.Server);
        await using var container = services.BuildServiceProvider();

        await container.GetRequiredService<KwigaClient>().Timezones.GetAsync();
        await container.GetRequiredService<KwigaClient>().Timezones.GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(logs.All, Does.Contain("Request Headers"), "IHttpClientFactory wrote the headers at Trace");
            Assert.That(logs.All, Does.Not.Contain(token));
            Assert.That(logs.All, Does.Not.Contain(Clients.CabinetHash));
        });
    }

    [Test]
    public async Task UseRedisRateLimiting_with_your_multiplexer_shares_it_and_leaves_it_open()
    {
        var token = Clients.NewToken();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Redis.Configuration);
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(connection);
        services.AddKwigaClient(o => Copy(Clients.Options(token), o))
            .UseRedisRateLimiting(sp => sp.GetRequiredService<IConnectionMultiplexer>())
            .HttpClient.ConfigurePrimaryHttpMessageHandler(Clients.Server);

        await using (var container = services.BuildServiceProvider())
        {
            await container.GetRequiredService<KwigaClient>().Timezones.GetAsync();
            Assert.That(await PermitsInRedisAsync(container.GetRequiredService<KwigaRedisRateLimiterProvider>().RedisKeyFor(TokenKey.Of(token))), Is.EqualTo(1));
        }

        Assert.That(connection.IsConnected, Is.True, "the container must not dispose a multiplexer it was given");
    }

    [Test]
    public void UseRedisRateLimiting_rejects_invalid_options_at_registration()
    {
        var services = new ServiceCollection();
        var builder = services.AddKwigaClient(o => Copy(Clients.Options(Clients.NewToken()), o));

        var error = Assert.Throws<KwigaConfigurationException>(() => builder.UseRedisRateLimiting(Redis.Configuration, o =>
        {
            o.ReconnectInterval = TimeSpan.Zero;
            o.KeyPrefix = "{bad}";
        }));

        Assert.That(error!.Problems, Has.Count.EqualTo(2));
    }

    private static void Copy(KwigaOptions from, KwigaOptions to)
    {
        to.Token = from.Token;
        to.CabinetHash = from.CabinetHash;
        to.BaseUrl = from.BaseUrl;
        to.RateLimit = from.RateLimit;
        to.Retry = from.Retry;
    }
}
