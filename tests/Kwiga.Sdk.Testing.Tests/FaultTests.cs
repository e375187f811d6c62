using System.Net;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Testing;

namespace Kwiga.Sdk.Testing.Tests;

public class FaultTests
{
    [Test]
    public async Task A_path_no_route_answers_is_refused_at_once_with_the_routes()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();

        Assert.Multiple(() =>
        {
            Assert.That(() => sandbox.Faults.On(HttpMethod.Get, "/contact"), Throws.ArgumentException.With.Message.Contains("GET /contacts/{contact}"));
            Assert.That(() => sandbox.Faults.On(HttpMethod.Get, "/contacts/{id}"), Throws.ArgumentException, "a template with another parameter name");
            Assert.That(() => sandbox.Faults.On(HttpMethod.Delete, "/timezones"), Throws.ArgumentException, "a method the route does not take");
            Assert.That(() => sandbox.Faults.On(HttpMethod.Get, "/contacts/{contact}"), Throws.Nothing);
            Assert.That(() => sandbox.Faults.On(HttpMethod.Get, "/contacts/132"), Throws.Nothing);
            Assert.That(() => sandbox.Faults.On(HttpMethod.Post, "contacts/query"), Throws.Nothing);
        });
    }

    [Test]
    public async Task A_rate_limit_fault_sends_the_throttles_headers_and_the_sdk_resends_after_it()
    {
        // KWIGA's one-minute window: the SDK must wait for the Retry-After, not for a window of its own,
        // or it would pass the MaxWait below and throw KwigaRateLimitException.
        await using var sandbox = await KwigaSandbox.StartAsync();
        var fault = sandbox.Faults.On(HttpMethod.Get, "/timezones").Next(1).RateLimited(TimeSpan.FromSeconds(1));
        using var http = Http(sandbox);

        using (var response = await http.GetAsync("timezones"))
        {
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
                Assert.That(response.Headers.GetValues("Retry-After").Single(), Is.EqualTo("1"));
                Assert.That(response.Headers.GetValues("X-RateLimit-Remaining").Single(), Is.EqualTo("0"));
                Assert.That(response.Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("200"));
                Assert.That(response.Headers.Contains("X-RateLimit-Reset"), Is.True);
            });
        }

        sandbox.Faults.On(HttpMethod.Get, "/products").Next(1).RateLimited(TimeSpan.FromSeconds(1));
        var options = sandbox.CreateClientOptions();
        options.RateLimit.MaxWait = TimeSpan.FromSeconds(10);
        var products = await KwigaClientFactory.Create(options).Products.GetAsync();

        Assert.That(products?.Data, Is.Not.Empty);
        Assert.That(sandbox.Requests.Where(r => r.Path == "/products").Select(r => r.Status), Is.EqualTo(new[] { 429, 200 }));
        Assert.That(fault.Hits, Is.EqualTo(1));
    }

    [Test]
    public async Task Next_picks_only_the_next_requests()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        sandbox.Faults.On(HttpMethod.Get, "/timezones").Next(2).ServerError(502);
        using var http = Http(sandbox);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync("timezones");
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 502, 502, 200, 200 }));
    }

    [Test]
    public async Task Every_picks_each_nth_matching_request_of_a_template()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        sandbox.Faults.On(HttpMethod.Get, "/contacts/{contact}").Every(3).ServerError();
        using var http = Http(sandbox);

        var statuses = new List<int>();
        for (var id = 1; id <= 7; id++)
        {
            using var response = await http.GetAsync($"contacts/{id}");
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 500, 200, 200, 500, 200 }));
    }

    [Test]
    public async Task An_exact_path_picks_that_resource_only()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        sandbox.Faults.On(HttpMethod.Get, "/contacts/2").ServerError(503);
        using var http = Http(sandbox);

        using var one = await http.GetAsync("contacts/1");
        using var two = await http.GetAsync("contacts/2");

        Assert.That(((int)one.StatusCode, (int)two.StatusCode), Is.EqualTo((200, 503)));
    }

    [Test]
    public async Task The_first_fault_added_answers_and_both_count()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var first = sandbox.Faults.On(HttpMethod.Get, "/timezones").Next(1).ServerError(500);
        var second = sandbox.Faults.On(HttpMethod.Get, "/timezones").Every(2).ServerError(503);
        using var http = Http(sandbox);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync("timezones");
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 500, 503, 200, 503 }));
        Assert.That((first.Hits, second.Hits), Is.EqualTo((1, 2)));
    }

    [Test]
    public async Task When_picks_by_the_recorded_request_and_a_422_reads_as_a_validation_error()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        sandbox.Faults.On(HttpMethod.Post, "/contacts")
            .When(r => r.Json?["email"]?.GetValue<string>() == "taken@example.com")
            .ValidationError("email", "The email has already been taken.");

        var error = Assert.ThrowsAsync<KwigaValidationException>(() => sandbox.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "taken@example.com" }));
        var created = await sandbox.Client.Contacts.PostAsync(new ContactCreateRequest { Email = "free@example.com" });

        Assert.Multiple(() =>
        {
            Assert.That(error!.Errors["email"], Is.EqualTo(new[] { "The email has already been taken." }));
            Assert.That(error.ServerMessage, Is.EqualTo("The email has already been taken."));
            Assert.That(created.Email, Is.EqualTo("free@example.com"));
        });
    }

    [Test]
    public async Task A_5xx_on_a_read_is_retried_by_the_sdk_and_removing_a_fault_ends_it()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var fault = sandbox.Faults.On(HttpMethod.Get, "/coupons").ServerError(503);
        var options = sandbox.CreateClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        var client = KwigaClientFactory.Create(options);

        Assert.ThrowsAsync<KwigaServerException>(() => client.Coupons.GetAsync());
        fault.Remove();
        var coupons = await client.Coupons.GetAsync();

        Assert.That(coupons?.Data, Is.Not.Empty);
        Assert.That(sandbox.Requests.Select(r => r.Status), Is.EqualTo(new[] { 503, 503, 200 }));
    }

    [Test]
    public async Task Faults_apply_after_authentication()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var fault = sandbox.Faults.On(HttpMethod.Get, "/timezones").ServerError();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };

        using var response = await http.GetAsync("timezones");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(fault.Hits, Is.Zero);
    }

    [Test]
    public async Task A_delay_runs_on_the_sandboxs_clock_then_answers_as_usual()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { TimeProvider = clock });
        sandbox.Faults.On(HttpMethod.Get, "/timezones").Delay(TimeSpan.FromMinutes(10));
        using var http = Http(sandbox);

        var call = http.GetAsync("timezones");
        await Task.Delay(200);
        Assert.That(call.IsCompleted, Is.False);
        clock.Advance(TimeSpan.FromMinutes(10));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static HttpClient Http(KwigaSandbox sandbox)
    {
        var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Add("Token", sandbox.Token);
        http.DefaultRequestHeaders.Add("Cabinet-Hash", sandbox.CabinetHash);
        return http;
    }
}
