using System.Net;
using Kwiga.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Middleware;

/// <summary>X-Language and the PUT/DELETE-over-POST override, per client and per request.</summary>
public class RequestShapingTests
{
    [Test]
    public async Task Method_override_sends_put_as_post_with_method_in_the_query()
    {
        var (method, url, body) = await Capture(
            c => c.Contacts[132].PutAsync(new Models.ContactUpdateRequest { FirstName = "John" }),
            o => o.UseMethodOverride = true);

        Assert.That(method, Is.EqualTo(HttpMethod.Post));
        Assert.That(url, Is.EqualTo("https://api.kwiga.com/contacts/132?_method=PUT"));
        Assert.That(body, Is.EqualTo("""{"first_name":"John"}"""));
    }

    [Test]
    public async Task Method_override_keeps_an_existing_query_and_can_be_chosen_per_request()
    {
        var (method, url, _) = await Capture(c => c.Contacts.Tags.DeleteAsync(
            new Models.ContactTagsRequest { Tags = ["a"] },
            r => r.Options.Add(new MethodOverrideOption { Enabled = true })));

        Assert.That(method, Is.EqualTo(HttpMethod.Post));
        Assert.That(url, Is.EqualTo("https://api.kwiga.com/contacts/tags?_method=DELETE"));
    }

    [Test]
    public async Task Without_override_put_stays_put()
    {
        var (method, url, _) = await Capture(c => c.Contacts[132].PutAsync(new Models.ContactUpdateRequest()));

        Assert.That(method, Is.EqualTo(HttpMethod.Put));
        Assert.That(url, Does.Not.Contain("_method"));
    }

    [Test]
    public async Task Language_defaults_from_options_and_a_request_can_override_it()
    {
        var sent = new List<string?>();
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(r =>
        {
            sent.Add(r.Headers.TryGetValues("X-Language", out var v) ? v.Single() : null);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":[]}""", System.Text.Encoding.UTF8, "application/json") };
        });
        var client = TestClients.Create(transport, o => o.Language = "uk");

        await client.Timezones.GetAsync();
        await client.Timezones.GetAsync(r => r.Options.Add(new LanguageOption { Language = "de" }));

        Assert.That(sent, Is.EqualTo(new[] { "uk", "de" }));
    }

    [Test]
    public async Task A_field_set_to_null_in_additional_data_is_sent_as_json_null()
    {
        // Kiota omits null properties, so clearing a field needs an explicit null (README: "Clearing a field").
        var request = new Models.ContactUpdateRequest();
        request.AdditionalData["last_name"] = null!;

        var (_, _, body) = await Capture(c => c.Contacts[1].PutAsync(request));

        Assert.That(body, Is.EqualTo("""{"last_name":null}"""));
    }

    private static async Task<(HttpMethod Method, string Url, string? Body)> Capture(Func<KwigaClient, Task> call, Action<Kwiga.Sdk.KwigaOptions>? configure = null)
    {
        HttpMethod? method = null;
        string? url = null;
        string? body = null;
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(async r =>
        {
            method = r.Method;
            url = r.RequestUri!.AbsoluteUri;
            body = r.Content is null ? null : await r.Content.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":{"id":1},"success":true}""", System.Text.Encoding.UTF8, "application/json") };
        });
        await call(TestClients.Create(transport, configure));
        return (method!, url!, body);
    }
}
