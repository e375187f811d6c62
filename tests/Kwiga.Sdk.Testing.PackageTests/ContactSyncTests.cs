using Kwiga.Sdk.Testing;

namespace Kwiga.Sdk.Testing.PackageTests;

/// <summary>The consumer's ContactSync against Kwiga.Sdk.Testing's sandbox, both used as packages.</summary>
public class ContactSyncTests
{
    private static readonly Person[] Newcomers = [new("ann@example.com", "Ann"), new("bob@example.com", "Bob")];

    [Test]
    public async Task Creates_the_missing_contacts_and_tags_everyone()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        var seeded = await sandbox.Client.Contacts[7].GetAsync();

        var result = await new ContactSync(sandbox.Client).RunAsync([new(seeded.Email!), .. Newcomers], "spring-import");

        Assert.That(result.Existing, Is.EqualTo(new[] { 7 }));
        Assert.That(result.Created, Has.Count.EqualTo(2));
        foreach (var id in result.Created.Append(7))
        {
            var contact = await sandbox.Client.Contacts[id].GetAsync();
            Assert.That(contact.Tags?.Select(t => t.Name), Does.Contain("spring-import"), $"contact {id}");
        }
    }

    [Test]
    public async Task Looks_everyone_up_in_one_request_with_the_emails_as_laravel_reads_them()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });

        await new ContactSync(sandbox.Client).RunAsync(Newcomers, "x");

        var lookup = sandbox.Requests.Where(r => r.Method == "GET").ToList();
        Assert.That(lookup, Has.Count.EqualTo(1));
        Assert.That(lookup[0].Path, Is.EqualTo("/contacts"));
        Assert.That(lookup[0].Query["filters"]?["emails"]?.ToJsonString(), Is.EqualTo("""["ann@example.com","bob@example.com"]"""));
    }

    [Test]
    public async Task Creates_nothing_when_everyone_is_already_in_the_cabinet()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });
        var ann = sandbox.Data.AddContact(new NewContact { Email = "ann@example.com" });
        var bob = sandbox.Data.AddContact(new NewContact { Email = "bob@example.com" });

        var result = await new ContactSync(sandbox.Client).RunAsync(Newcomers, "x");

        Assert.That(result.Created, Is.Empty);
        Assert.That(result.Existing, Is.EquivalentTo(new[] { ann, bob }));
        Assert.That(sandbox.Requests.Select(r => $"{r.Method} {r.Path}"), Is.EqualTo(new[] { "GET /contacts", "POST /contacts/tags" }));
        Assert.That(sandbox.Requests[1].Json?["contact_ids"]?.AsArray().Select(n => n!.GetValue<int>()), Is.EquivalentTo(new[] { ann, bob }));
    }

    [Test]
    public async Task Survives_a_429_on_tagging()
    {
        // The SDK resends after the 429's Retry-After (1 s), also with KWIGA's one-minute window.
        await using var sandbox = await KwigaSandbox.StartAsync();
        var limited = sandbox.Faults.On(HttpMethod.Post, "/contacts/tags").Next(1).RateLimited(TimeSpan.FromSeconds(1));

        var result = await new ContactSync(sandbox.Client).RunAsync(Newcomers, "x");

        Assert.That(limited.Hits, Is.EqualTo(1));
        Assert.That(sandbox.Requests.Where(r => r.Path == "/contacts/tags").Select(r => r.Status), Is.EqualTo(new[] { 429, 200 }));
        var contact = await sandbox.Client.Contacts[result.Created[0]].GetAsync();
        Assert.That(contact.Tags?.Select(t => t.Name), Does.Contain("x"));
    }

    [Test]
    public async Task Survives_a_5xx_on_the_lookup()
    {
        await using var sandbox = await KwigaSandbox.StartAsync();
        sandbox.Faults.On(HttpMethod.Get, "/contacts").Next(1).ServerError(503);

        var result = await new ContactSync(sandbox.Client).RunAsync(Newcomers, "x");

        Assert.That(result.Created, Has.Count.EqualTo(2));
        Assert.That(sandbox.Requests.Where(r => r.Method == "GET").Select(r => r.Status), Is.EqualTo(new[] { 503, 200 }));
    }

    [Test]
    public async Task Reports_a_person_refused_with_422_and_syncs_the_others()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });
        sandbox.Faults.On(HttpMethod.Post, "/contacts")
            .When(r => r.Json?["email"]?.GetValue<string>() == "ann@example.com")
            .ValidationError("email", "The email has already been taken.");

        var result = await new ContactSync(sandbox.Client).RunAsync(Newcomers, "x");

        Assert.That(result.Rejected, Is.EqualTo(new Dictionary<string, string> { ["ann@example.com"] = "The email has already been taken." }));
        Assert.That(result.Created, Has.Count.EqualTo(1));
        Assert.That(sandbox.Requests.Last().Json?["contact_ids"]?.AsArray().Select(n => n!.GetValue<int>()), Is.EqualTo(result.Created));
    }

    [Test]
    public async Task Every_request_carried_the_credentials_and_none_was_logged_with_them()
    {
        await using var sandbox = await KwigaSandbox.StartAsync(new KwigaSandboxOptions { DefaultData = false });

        await new ContactSync(sandbox.Client).RunAsync(Newcomers, "x");

        Assert.That(sandbox.Requests.Select(r => r.HadValidCredentials), Is.All.True);
        Assert.That(sandbox.Requests.SelectMany(r => r.Headers.Values), Has.None.Contains(sandbox.Token));
        Assert.That(sandbox.Requests.Select(r => r.ToString()), Has.None.Contains(sandbox.Token));
    }
}
