using System.Net;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

/// <summary>Creates and changes contacts in a sandbox of its own, so the shared one keeps its seeded list.</summary>
public sealed class ContactWriteTests
{
    private RunningSandbox _sandbox = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimit = { Limit = 10_000 } });
        _client = _sandbox.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Test]
    public async Task A_created_contact_reads_back_by_id_and_in_the_list()
    {
        var created = await _client.SendJsonAsync(HttpMethod.Post, "contacts",
            """{"first_name":"James","last_name":"Bond","email":"bond.roundtrip@example.com","phone":"+380931234567","tags":["agent"],"additional_fields":[{"field_id":17,"value":"MI6"}]}""");
        var id = (int)created["data"]!["id"]!;

        var read = await _client.GetJsonAsync($"contacts/{id}");
        Assert.Multiple(() =>
        {
            Assert.That((string?)read["data"]!["email"], Is.EqualTo("bond.roundtrip@example.com"));
            Assert.That((string?)read["data"]!["phone_number"], Is.EqualTo("931234567"));
            Assert.That((string?)read["data"]!["tags"]![0]!["name"], Is.EqualTo("agent"));
            Assert.That((string?)read["data"]!["additional_fields"]![0]!["value"], Is.EqualTo("MI6"));
        });

        var listed = await _client.GetJsonAsync("contacts?filters%5Bemails%5D%5B%5D=bond.roundtrip%40example.com");
        Assert.That(listed.Ids(), Is.EqualTo(new[] { id }));
        Assert.That((string?)listed["data"]![0]!["phone"], Is.EqualTo("+380931234567"), "the list sends the international phone");
    }

    [Test]
    public async Task Creating_without_email_is_a_422_for_email()
    {
        var body = await _client.SendJsonAsync(HttpMethod.Post, "contacts", """{"first_name":"Nobody"}""", HttpStatusCode.UnprocessableEntity);

        Assert.That((string?)body["message"], Is.EqualTo("The email field is required."));
        Assert.That(body["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "email" }));
    }

    [Test]
    public async Task Creating_with_a_taken_email_is_a_422()
    {
        var existing = await _client.GetJsonAsync("contacts/1");
        var email = (string)existing["data"]!["email"]!;

        var body = await _client.SendJsonAsync(HttpMethod.Post, "contacts", $$"""{"email":"{{email}}"}""", HttpStatusCode.UnprocessableEntity);

        Assert.That((string?)body["errors"]!["email"]![0], Is.EqualTo("The email has already been taken."));
    }

    [Test]
    public async Task Post_with_method_put_in_the_query_string_updates_the_contact()
    {
        var body = await _client.SendJsonAsync(HttpMethod.Post, "contacts/10?_method=PUT", """{"first_name":"Renamed","tags":["synced"]}""");
        Assert.That((string?)body["data"]!["first_name"], Is.EqualTo("Renamed"));

        var read = await _client.GetJsonAsync("contacts/10");
        Assert.That((string?)read["data"]!["first_name"], Is.EqualTo("Renamed"));
        Assert.That(read["data"]!["tags"]!.AsArray().Select(t => (string?)t!["name"]), Is.EqualTo(new[] { "synced" }), "tags work in sync mode");
    }

    [Test]
    public async Task Post_with_method_delete_removes_tags()
    {
        await _client.SendJsonAsync(HttpMethod.Post, "contacts/tags", """{"contact_ids":[11,12],"tags":["to-remove"]}""");
        var tagged = await _client.GetJsonAsync("contacts/11");
        Assert.That(tagged["data"]!["tags"]!.AsArray().Select(t => (string?)t!["name"]), Does.Contain("to-remove"));

        await _client.SendJsonAsync(HttpMethod.Post, "contacts/tags?_method=DELETE", """{"contact_ids":"11,12","tags":["to-remove"]}""");

        var untagged = await _client.GetJsonAsync("contacts/12");
        Assert.That(untagged["data"]!["tags"]!.AsArray().Select(t => (string?)t!["name"]), Does.Not.Contain("to-remove"));
    }

    [Test]
    public async Task A_purchase_adds_a_paid_order_of_the_offer()
    {
        var body = await _client.SendJsonAsync(HttpMethod.Post, "contacts/purchases", """{"email":"buyer@example.com","first_name":"Buyer","offer_id":102}""");
        var order = body["data"]!["orders"]![0]!;

        Assert.That((string?)order["paid_status"], Is.EqualTo("paid"));
        Assert.That((int)order["offers"]![0]!["id"]!, Is.EqualTo(102));

        var buyers = await _client.GetJsonAsync("contacts?filters%5Boffers%5D%5B%5D=102&per_page=500");
        Assert.That(buyers.Ids(), Does.Contain((int)body["data"]!["id"]!));
    }

    [Test]
    public async Task Updating_an_unknown_contact_is_404()
    {
        var body = await _client.SendJsonAsync(HttpMethod.Put, "contacts/999999", """{"first_name":"Ghost"}""", HttpStatusCode.NotFound);

        Assert.That((string?)body["message"], Is.EqualTo("Not found."));
    }
}
