using System.Net;
using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.EndToEnd.Tests.Pagination;

/// <summary><c>GetAllAsync</c> / <c>PostAllAsync</c> read whole lists: every item once, in the fewest requests.</summary>
public sealed class AutoPaginationTests
{
    [Test]
    public async Task Get_all_contacts_reads_every_contact_once_in_pages_of_100()
    {
        var transport = new RecordingTransport();
        var kwiga = SandboxClient.For(transport: transport);
        var total = (await kwiga.Contacts.GetAsync(r => r.QueryParameters.PerPage = 1))!.Meta!.Total;

        var ids = new List<int?>();
        await foreach (var contact in kwiga.Contacts.GetAllAsync())
        {
            ids.Add(contact.Id);
        }

        Assert.That(total, Is.GreaterThanOrEqualTo(500), "500 seeded, plus what other tests created");
        Assert.That(ids, Has.Count.EqualTo(total));
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.None.Null);
        Assert.That(transport.Exchanges.Skip(1).Select(e => e.PathAndQuery), Has.All.Contains("per_page=100"));
        Assert.That(transport.Exchanges, Has.Count.EqualTo(1 + (total!.Value + 99) / 100), "one request per page of 100");
    }

    [Test]
    public async Task Get_all_course_users_reads_all_320_participants_in_two_pages_of_250()
    {
        var total = (await SandboxClient.For().Courses[20].Users.GetAsync(r => r.QueryParameters.PerPage = 1))!.Meta!.Total;
        var transport = new RecordingTransport();
        var users = SandboxClient.For(transport: transport).Courses[20].Users.GetAllAsync(q => q.Include = [CourseUsersInclude.CourseProgram]);

        var contactIds = new List<int?>();
        await foreach (var user in users)
        {
            contactIds.Add(user.Contact!.Id);
        }

        Assert.That(total, Is.EqualTo(320), "meta.total of the seeded course");
        Assert.That(contactIds, Has.Count.EqualTo(total));
        Assert.That(contactIds, Is.Unique);
        Assert.That(transport.Exchanges.Select(e => e.PathAndQuery), Has.Exactly(2).Contains("per_page=250"));
        Assert.That(transport.Exchanges, Has.Count.EqualTo(2));
        Assert.That(users.Program, Is.Not.Empty, "include=course_program: the program is kept once");
    }

    [Test]
    public async Task Post_all_course_users_pages_inside_the_body_with_the_same_query_shape_as_get()
    {
        var transport = new RecordingTransport();
        var users = SandboxClient.For(transport: transport).Courses[20].Users.Query.PostAllAsync(q => q.Include = [CourseUsersInclude.LessonProgress]);

        var seen = new List<CourseUser>();
        await foreach (var user in users)
        {
            seen.Add(user);
        }

        Assert.That(seen, Has.Count.EqualTo(320));
        Assert.That(seen.Select(u => u.Contact!.Id), Is.Unique);
        Assert.That(seen.Select(u => u.LessonProgress), Has.All.Not.Null, "the caller's include went with every page");
        Assert.That(transport.Exchanges.Select(e => (e.Method, e.PathAndQuery)), Is.EqualTo(new[] { ("POST", "/courses/20/users/query"), ("POST", "/courses/20/users/query") }));
    }

    [Test]
    public async Task Post_all_contacts_reads_the_filtered_contacts_in_pages()
    {
        var kwiga = SandboxClient.For();
        var total = (await kwiga.Contacts.Query.PostAsync(new ContactsQuery { Filters = new ContactsFilters { Search = "example.com" }, PerPage = 1 }))!.Meta!.Total;

        var emails = new List<string?>();
        await foreach (var contact in kwiga.Contacts.Query.PostAllAsync(q => q.Search = "example.com", new PageOptions { PageSize = 40 }))
        {
            emails.Add(contact.Email);
        }

        Assert.That(total, Is.GreaterThan(40), "more than one page of 40");
        Assert.That(emails, Has.Count.EqualTo(total));
        Assert.That(emails, Is.Unique);
        Assert.That(emails, Has.All.Contains("example.com"));
    }

    [Test]
    public async Task Every_other_paginated_list_enumerates_to_its_total()
    {
        var kwiga = SandboxClient.For();

        Assert.That(await CountAsync(kwiga.Products.GetAllAsync(options: new PageOptions { PageSize = 3 })), Is.EqualTo(8));
        Assert.That(await CountAsync(kwiga.Courses.GetAllAsync(options: new PageOptions { PageSize = 3 })), Is.EqualTo(4));
        Assert.That(await CountAsync(kwiga.Offers.GetAllAsync(options: new PageOptions { PageSize = 5 })), Is.EqualTo(12));
        Assert.That(await CountAsync(kwiga.Coupons.GetAllAsync(q => q.DateTo = new DateOnly(2024, 6, 1), new PageOptions { PageSize = 7 })), Is.EqualTo(40), "seeded coupons only");

        var lists = (await kwiga.Mailing.ContactLists.GetAsync(r => r.QueryParameters.Limit = 1))!.Meta!.Total;
        Assert.That(await CountAsync(kwiga.Mailing.ContactLists.GetAllAsync(options: new PageOptions { PageSize = 2 })), Is.EqualTo(lists), "mailing lists page by limit");
    }

    [Test]
    public async Task Max_pages_stops_the_enumeration_early()
    {
        var transport = new RecordingTransport();
        var kwiga = SandboxClient.For(transport: transport);

        var read = await CountAsync(kwiga.Contacts.GetAllAsync(options: new PageOptions { PageSize = 10, FirstPage = 3, MaxPages = 2 }));

        Assert.That(read, Is.EqualTo(20));
        Assert.That(transport.Exchanges.Select(e => e.PathAndQuery), Is.EqualTo(new[] { "/contacts?page=3&per_page=10", "/contacts?page=4&per_page=10" }));
        Assert.That(transport.Count(HttpStatusCode.OK), Is.EqualTo(2));
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}
