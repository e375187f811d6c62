using Kwiga.Sdk.Testing;

namespace Kwiga.Sdk.Testing.Tests;

public class SandboxStartTests
{
    [Test]
    public async Task A_sandbox_serves_the_default_cabinet_to_its_client_on_loopback()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();

        var contact = await sandbox.Client.Contacts[1].GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(contact.Id, Is.EqualTo(1));
            Assert.That(sandbox.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(sandbox.BaseUrl.Port, Is.GreaterThan(0));
        });
    }

    [Test]
    [NonParallelizable]
    public async Task The_test_projects_own_configuration_does_not_reach_the_sandbox()
    {
        // A test project's Kestrel endpoints (from its appsettings.json or, here, its environment) would
        // otherwise bind the sandbox to them instead of its own loopback port.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        const string Variable = "Kestrel__Endpoints__Theirs__Url";
        Environment.SetEnvironmentVariable(Variable, $"http://127.0.0.1:{port}");
        try
        {
            await using var sandbox = await KwigaSandbox.StartAsync();
            var timezones = await sandbox.Client.Timezones.GetAsync();

            using var theirs = new System.Net.Sockets.TcpClient();
            Assert.Multiple(() =>
            {
                Assert.That(timezones?.Data, Is.Not.Empty, "the sandbox answers on its own address");
                Assert.That(sandbox.BaseUrl.Port, Is.Not.EqualTo(port));
                Assert.That(() => theirs.Connect(System.Net.IPAddress.Loopback, port), Throws.InstanceOf<System.Net.Sockets.SocketException>(), "nothing listens where the test's configuration said");
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Test]
    public async Task Each_sandbox_has_its_own_token_so_they_never_share_the_sdks_budget()
    {
        await using var first = await KwigaSandbox.StartAsync();
        await using var second = await KwigaSandbox.StartAsync();

        Assert.That(first.Token, Is.Not.EqualTo(second.Token));
        Assert.That(first.BaseUrl, Is.Not.EqualTo(second.BaseUrl));
    }

    [Test]
    public async Task Client_options_carry_the_address_credentials_and_a_budget_sized_like_the_sandbox()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { RateLimit = 7, RateLimitWindow = TimeSpan.FromSeconds(3) });

        var options = sandbox.CreateClientOptions();
        var own = KwigaClientFactory.Create(options);
        var timezones = await own.Timezones.GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseUrl, Is.EqualTo(sandbox.BaseUrl));
            Assert.That(options.Token, Is.EqualTo(sandbox.Token));
            Assert.That(options.CabinetHash, Is.EqualTo(sandbox.CabinetHash));
            Assert.That(options.RateLimit.PermitLimit, Is.EqualTo(7));
            Assert.That(options.RateLimit.Window, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(timezones?.Data, Is.Not.Empty);
            Assert.That(sandbox.CreateClientOptions(), Is.Not.SameAs(options), "a new instance each call");
        });
    }

    [Test]
    public async Task ToString_never_shows_the_credentials()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { Token = "secret-token-value" });
        await sandbox.Client.Timezones.GetAsync();

        var texts = new[] { sandbox.ToString(), sandbox.Requests.ToString(), sandbox.Requests[0].ToString(), sandbox.Data.ToString() };

        Assert.That(texts, Has.None.Contains("secret-token-value").And.None.Contains(sandbox.CabinetHash));
        Assert.That(sandbox.Requests[0].Headers.Keys, Has.None.EqualTo("Token").IgnoreCase.And.None.EqualTo("Cabinet-Hash").IgnoreCase);
    }

    [Test]
    public void Options_that_cannot_work_are_refused_before_starting()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => KwigaSandbox.StartAsync(new KwigaSandboxOptions { RateLimit = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KwigaSandbox.StartAsync(new KwigaSandboxOptions { RateLimitWindow = TimeSpan.Zero }), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => KwigaSandbox.StartAsync(new KwigaSandboxOptions { Token = " " }), Throws.ArgumentException);
        });
    }

    [Test]
    public async Task The_sandboxs_own_rate_limit_answers_429_past_its_limit()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { RateLimit = 2, RateLimitWindow = TimeSpan.FromMinutes(5) });
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Add("Token", sandbox.Token);
        http.DefaultRequestHeaders.Add("Cabinet-Hash", sandbox.CabinetHash);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync("timezones");
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 429 }));
    }
}
