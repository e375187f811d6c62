using Kwiga.Sdk.Tests.Support;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;
using Kiota = Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Kwiga.Sdk.Middleware;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>
/// The credentials go to the API host only, whatever a redirect says: one server, two names
/// (127.0.0.1 is the API host, localhost the other host), on every way of building a client.
/// </summary>
public class RedirectTests
{
    private const string Timezones = """{"data":[{"name":"Europe/Kyiv","offset":"+02:00"}]}""";

    [Test]
    public async Task A_redirect_to_another_host_is_not_followed_and_names_the_target([Values] ConstructionPath path)
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => request.IsOnHost("127.0.0.1")
            ? Reply.Redirect(OtherHost(request, "/timezones?leak=1"))
            : Reply.Json(Timezones));
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl);

        var error = Assert.ThrowsAsync<KwigaRedirectException>(() => kwiga.Client.Timezones.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(server.Requests.Where(r => r.IsOnHost("localhost")), Is.Empty, "the other host was never asked");
            Assert.That(server.Requests, Has.Count.EqualTo(1));
            Assert.That(error!.TargetHost, Is.EqualTo($"localhost:{server.BaseUrl.Port}"));
            Assert.That(error.ResponseStatusCode, Is.EqualTo(302));
            Assert.That(error.Message, Does.Contain("localhost").And.Not.Contain("leak=1"), "names the host, not the query");
        });
    }

    [Test]
    public async Task A_redirect_on_the_api_host_is_followed_with_the_credentials([Values] ConstructionPath path)
    {
        await using var server = await LoopbackServer.StartAsync((_, index) => index == 0
            ? Reply.Redirect("/v2/timezones", 301)
            : Reply.Json(Timezones));
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl);

        var timezones = await kwiga.Client.Timezones.GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(timezones?.Data?.Single().Name, Is.EqualTo("Europe/Kyiv"));
            Assert.That(server.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/timezones", "/v2/timezones" }));
            Assert.That(server.Requests.All(r => r.HasCredentials), Is.True);
        });
    }

    [Test]
    public async Task A_callers_own_redirect_option_still_never_carries_the_credentials_to_another_host()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => request.IsOnHost("127.0.0.1")
            ? Reply.Redirect(OtherHost(request, "/timezones"))
            : Reply.Json(Timezones));
        await using var kwiga = await PathClient.CreateAsync(ConstructionPath.Factory, server.BaseUrl);

        var timezones = await kwiga.Client.Timezones.GetAsync(r => r.Options.Add(new Kiota.RedirectHandlerOption { ShouldRedirect = _ => true }));

        var atOtherHost = server.Requests.Single(r => r.IsOnHost("localhost"));
        Assert.Multiple(() =>
        {
            Assert.That(timezones?.Data, Has.Count.EqualTo(1), "followed, as the caller asked");
            Assert.That(atOtherHost.HasCredentials, Is.False, "but without Token or Cabinet-Hash");
        });
    }

    [Test]
    public async Task A_users_http_client_that_follows_a_redirect_by_itself_has_its_answer_refused()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => request.IsOnHost("127.0.0.1")
            ? Reply.Redirect(OtherHost(request, "/timezones"))
            : Reply.Json(Timezones));
        using var followsRedirects = new HttpClient();
        var client = Kwiga.Sdk.KwigaClientFactory.Create(TestClients.Options(o => o.BaseUrl = server.BaseUrl), followsRedirects);

        var error = Assert.ThrowsAsync<KwigaRedirectException>(() => client.Timezones.GetAsync());

        Assert.That(error!.Message, Does.Contain("AllowAutoRedirect = false").And.Contain($"localhost:{server.BaseUrl.Port}"));
    }

    [Test]
    public void A_used_handler_that_follows_redirects_is_refused_at_construction()
    {
        var used = new HttpClientHandler();
        using (var warmUp = new HttpMessageInvoker(used, disposeHandler: false))
        {
            Assert.CatchAsync(() => warmUp.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:1/"), CancellationToken.None));
        }

        var error = Assert.Throws<Kwiga.Sdk.KwigaConfigurationException>(() => Kwiga.Sdk.KwigaClientFactory.Create(TestClients.Options(), transport: used));

        Assert.That(error!.Message, Does.Contain("AllowAutoRedirect = false"));
    }

    [TestCase("https://api.kwiga.com/a", "https://api.kwiga.com/b", true)]
    [TestCase("http://127.0.0.1:5000/a", "https://127.0.0.1/b", true)]
    [TestCase("https://api.kwiga.com/a", "http://api.kwiga.com/b", false)]
    [TestCase("https://api.kwiga.com/a", "https://evil.example/b", false)]
    [TestCase("https://api.kwiga.com/a", "https://api.kwiga.com:8443/b", false)]
    [TestCase("https://api.kwiga.com/a", "https://API.KWIGA.COM/b", true)]
    public void Redirects_stay_on_the_host_and_never_leave_https(string from, string to, bool followed) =>
        Assert.That(RedirectPolicy.StaysOnHost(new Uri(from), new Uri(to)), Is.EqualTo(followed));

    private static string OtherHost(LoopbackServer.Received request, string pathAndQuery) =>
        $"http://localhost:{request.Host.Split(':')[1]}{pathAndQuery}";
}
