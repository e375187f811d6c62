using System.Text;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Testing;

namespace Kwiga.Sdk.Testing.Tests;

public class RequestLogTests
{
    [Test]
    public async Task A_filtered_list_is_recorded_with_its_query_as_laravel_reads_it()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();

        await sandbox.Client.Contacts.GetAsync(r =>
        {
            r.QueryParameters.Emails = ["bond@example.com", "m@example.com"];
            r.QueryParameters.IsActive = true;
        });

        var sent = sandbox.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.Method, Is.EqualTo("GET"));
            Assert.That(sent.Path, Is.EqualTo("/contacts"));
            Assert.That(sent.RawQuery, Does.Contain("filters%5Bemails%5D%5B%5D=").Or.Contain("filters[emails][]="));
            Assert.That(sent.Query["filters"]!["emails"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EqualTo(new[] { "bond@example.com", "m@example.com" }));
            Assert.That(sent.Query["filters"]!["is_active"]!.GetValue<string>(), Is.EqualTo("1"));
            Assert.That(sent.Status, Is.EqualTo(200));
            Assert.That(sent.HadValidCredentials, Is.True);
        });
    }

    [Test]
    public async Task A_write_is_recorded_with_its_json_body_and_the_method_it_was_routed_with()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var options = sandbox.CreateClientOptions();
        options.UseMethodOverride = true;
        var client = KwigaClientFactory.Create(options);

        await client.Contacts[3].PutAsync(new ContactUpdateRequest { FirstName = "Renamed" });

        var sent = sandbox.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.Method, Is.EqualTo("PUT"), "sent as POST with _method=PUT, routed as PUT");
            Assert.That(sent.Path, Is.EqualTo("/contacts/3"));
            Assert.That(sent.Json?["first_name"]?.GetValue<string>(), Is.EqualTo("Renamed"));
            Assert.That(sent.Body, Does.Contain("Renamed"));
            Assert.That(sent.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Wrong_credentials_are_recorded_as_such_without_their_values()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Add("Token", "a-wrong-token");
        http.DefaultRequestHeaders.Add("Cabinet-Hash", sandbox.CabinetHash);
        http.DefaultRequestHeaders.Add("X-Language", "uk");

        using var response = await http.GetAsync("contacts");

        var sent = sandbox.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent.HadValidCredentials, Is.False);
            Assert.That(sent.Status, Is.EqualTo(401));
            Assert.That(sent.Headers["X-Language"], Is.EqualTo("uk"));
            Assert.That(sent.Headers.Values, Has.None.Contains("a-wrong-token"));
            Assert.That(sent.Headers.ContainsKey("Token"), Is.False);
        });
    }

    [Test]
    public async Task A_request_the_client_gave_up_on_is_recorded_as_499()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        sandbox.Faults.On(HttpMethod.Get, "/timezones").Delay(TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl, Timeout = TimeSpan.FromMilliseconds(300) };
        http.DefaultRequestHeaders.Add("Token", sandbox.Token);
        http.DefaultRequestHeaders.Add("Cabinet-Hash", sandbox.CabinetHash);

        Assert.That(() => http.GetAsync("timezones"), Throws.InstanceOf<TaskCanceledException>());

        // The server learns of the abort a moment after the client.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (sandbox.Requests.Single().Status == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.That(sandbox.Requests.Single().Status, Is.EqualTo(499));
    }

    [Test]
    public async Task Clear_forgets_the_recorded_requests()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        await sandbox.Client.Timezones.GetAsync();

        sandbox.Requests.Clear();
        await sandbox.Client.Products.GetAsync();

        Assert.That(sandbox.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/products" }));
    }

    [Test]
    public async Task A_body_that_is_not_json_is_kept_as_text()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        http.DefaultRequestHeaders.Add("Token", sandbox.Token);
        http.DefaultRequestHeaders.Add("Cabinet-Hash", sandbox.CabinetHash);

        using var response = await http.PostAsync("contacts", new StringContent("email=a%40example.com", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var sent = sandbox.Requests.Single();
        Assert.That(sent.Body, Is.EqualTo("email=a%40example.com"));
        Assert.That(sent.Json, Is.Null);
    }
}
