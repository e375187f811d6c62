using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.EndToEnd.Tests.Middleware;

/// <summary>
/// <c>UseMethodOverride</c>: PUT and DELETE leave as POST with <c>_method</c> (for networks that block
/// those verbs) and the server still routes them as PUT and DELETE.
/// </summary>
public sealed class MethodOverrideTests
{
    private RecordingTransport _transport = null!;
    private KwigaClient _kwiga = null!;

    [SetUp]
    public void CreateClient()
    {
        _transport = new RecordingTransport();
        _kwiga = SandboxClient.For(configure: o => o.UseMethodOverride = true, transport: _transport);
    }

    [TearDown]
    public void DisposeTransport() => _transport.Dispose();

    [Test]
    public async Task A_put_of_a_contact_goes_out_as_post_and_updates_the_contact()
    {
        var id = (await _kwiga.Contacts.PostAsync(new ContactCreateRequest { Email = Unique.Email("override-put"), FirstName = "Before" }))!.Id!.Value;

        var updated = (await _kwiga.Contacts[id].PutAsync(new ContactUpdateRequest { FirstName = "After" }))!;

        Assert.That(updated.FirstName, Is.EqualTo("After"));
        Assert.That((await _kwiga.Contacts[id].GetAsync())!.FirstName, Is.EqualTo("After"));
        Assert.That(_transport.Exchanges[1].Method, Is.EqualTo("POST"));
        Assert.That(_transport.Exchanges[1].PathAndQuery, Is.EqualTo($"/contacts/{id}?_method=PUT"));
    }

    [Test]
    public async Task A_delete_of_contact_tags_goes_out_as_post_with_its_body_and_removes_the_tags()
    {
        var id = (await _kwiga.Contacts.PostAsync(new ContactCreateRequest { Email = Unique.Email("override-delete"), Tags = ["keep", "drop"] }))!.Id!.Value;

        var result = await _kwiga.Contacts.Tags.DeleteAsync(new ContactTagsRequest { ContactIds = [id], Tags = ["drop"] });

        Assert.That(result!.Success, Is.True);
        Assert.That((await _kwiga.Contacts[id].GetAsync())!.Tags!.Select(t => t.Name), Is.EqualTo(new[] { "keep" }));
        Assert.That(_transport.Exchanges[1].Method, Is.EqualTo("POST"));
        Assert.That(_transport.Exchanges[1].PathAndQuery, Is.EqualTo("/contacts/tags?_method=DELETE"));
    }

    [Test]
    public async Task A_request_option_turns_the_override_off_for_one_call()
    {
        var id = (await _kwiga.Contacts.PostAsync(new ContactCreateRequest { Email = Unique.Email("override-off") }))!.Id!.Value;

        await _kwiga.Contacts[id].PutAsync(new ContactUpdateRequest { LastName = "Plain" }, r => r.Options.Add(new MethodOverrideOption { Enabled = false }));

        Assert.That(_transport.Exchanges[1].Method, Is.EqualTo("PUT"));
        Assert.That(_transport.Exchanges[1].PathAndQuery, Is.EqualTo($"/contacts/{id}"));
    }

    [Test]
    public async Task Get_and_post_are_never_overridden()
    {
        await _kwiga.Timezones.GetAsync();
        await _kwiga.Coupons.Check.PostAsync(new CouponCheckRequest { Code = "SANDBOX10", Price = 10 });

        Assert.That(_transport.Exchanges.Select(e => (e.Method, e.PathAndQuery)), Is.EqualTo(new[] { ("GET", "/timezones"), ("POST", "/coupons/check") }));
    }
}
