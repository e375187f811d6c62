using System.Text.Json.Nodes;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Tests.Support;

namespace Kwiga.Sdk.Tests.Pagination;

/// <summary>One await foreach over every page: page loop, page sizes, stop rules, POST aliases, cancellation.</summary>
public class PagerTests
{
    [Test]
    public async Task All_contacts_come_from_every_page_in_order_with_the_filters_kept()
    {
        var transport = Pages(total: 250, perPage: 100);
        var client = Client(transport);

        var ids = new List<int>();
        await foreach (var contact in client.Contacts.GetAllAsync(q => q.Search = "bond"))
        {
            ids.Add(contact.Id!.Value);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(1, 250)));
        Assert.That(transport.Requests.Select(r => new Uri(r.Url).Query), Is.EqualTo(new[]
        {
            "?filters%5Bsearch%5D=bond&page=1&per_page=100",
            "?filters%5Bsearch%5D=bond&page=2&per_page=100",
            "?filters%5Bsearch%5D=bond&page=3&per_page=100",
        }));
    }

    [Test]
    public async Task The_default_page_size_is_the_documented_maximum()
    {
        var courses = Pages(total: 20, perPage: 15);
        var users = Pages(total: 10, perPage: 250);

        await Drain(Client(courses).Courses.GetAllAsync());
        await Drain(Client(users).Courses[20].Users.GetAllAsync());

        Assert.That(courses.Requests.All(r => r.Url.Contains("per_page=15")), Is.True);
        Assert.That(users.Requests.Single().Url, Does.Contain("per_page=250"));
    }

    [Test]
    public void A_page_size_above_the_documented_maximum_is_refused_before_anything_is_sent()
    {
        var courses = Pages(total: 20, perPage: 15);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Client(courses).Courses.GetAllAsync(options: new PageOptions { PageSize = 50 }));

        Assert.That(error!.ParamName, Is.EqualTo("PageSize"));
        Assert.That(error.Message, Does.Contain("GET /courses").And.Contain("at most 15"));
        Assert.That(courses.Count, Is.Zero);
    }

    [TestCase("MaxPages", -1)]
    [TestCase("FirstPage", 0)]
    [TestCase("FirstPage", -3)]
    [TestCase("PageSize", 0)]
    public void Page_options_refuse_a_value_that_means_nothing(string option, int value)
    {
        var options = new PageOptions();
        var property = typeof(PageOptions).GetProperty(option)!;

        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => property.SetValue(options, value))!.InnerException;

        Assert.That(error, Is.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(option));
    }

    [Test]
    public async Task Pages_follow_links_next_when_there_is_no_meta()
    {
        var transport = new ScriptedTransport((request, i) => ScriptedTransport.Json(i < 2
            ? $$$"""{"data":[{"id":{{{i + 1}}}}],"links":{"next":"https://api.kwiga.com/offers?page={{{i + 2}}}"}}"""
            : $$$"""{"data":[{"id":{{{i + 1}}}}],"links":{"next":null}}"""));

        var items = await Drain(Client(transport).Offers.GetAllAsync());

        Assert.That(items.Select(o => o.Id), Is.EqualTo(new int?[] { 1, 2, 3 }));
    }

    [Test]
    public async Task A_list_without_an_envelope_is_read_once()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[{"id":1,"code":"A"},{"id":2,"code":"B"}]}"""));

        var coupons = await Drain(Client(transport).Coupons.GetAllAsync());

        Assert.That(coupons.Select(c => c.Code), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(transport.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task An_empty_page_ends_the_enumeration()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[],"links":{"next":"x"},"meta":{"current_page":1,"last_page":9}}"""));

        var items = await Drain(Client(transport).Products.GetAllAsync());

        Assert.That(items, Is.Empty);
        Assert.That(transport.Count, Is.EqualTo(1));
    }

    [Test]
    public void A_page_that_repeats_stops_the_enumeration_with_an_error()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[{"id":1}],"meta":{"current_page":1,"last_page":5}}"""));

        var error = Assert.ThrowsAsync<KwigaPaginationException>(() => Drain(Client(transport).Products.GetAllAsync()));

        Assert.That(error!.Message, Does.Contain("page 1 again"));
        Assert.That(transport.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task The_post_alias_takes_the_gets_query_and_advances_the_page_in_the_body()
    {
        var transport = Pages(total: 150, perPage: 100);

        var contacts = await Drain(Client(transport).Contacts.Query.PostAllAsync(q => q.Search = "bond"));

        Assert.That(contacts, Has.Count.EqualTo(150));
        Assert.That(transport.Requests.Select(r => JsonNode.Parse(r.Body!)!.ToJsonString()), Is.EqualTo(new[]
        {
            """{"filters":{"search":"bond"},"page":1,"per_page":100}""",
            """{"filters":{"search":"bond"},"page":2,"per_page":100}""",
        }));
    }

    [Test]
    public async Task Course_users_expose_the_program_once_for_the_whole_enumeration()
    {
        var transport = new ScriptedTransport((_, i) => ScriptedTransport.Json($$$"""
            {"data":[{"user":{"id":{{{i + 1}}}}}],"meta":{"current_page":{{{i + 1}}},"last_page":2},
             "course_structure":[{"id":12,"course_nodeble_type":"course_module","children":[]}]}
            """));
        var users = Client(transport).Courses[20].Users.Query.PostAllAsync(q => q.Include = [CourseUsersInclude.CourseProgram]);

        Assert.That(users.Program, Is.Null, "nothing is read before enumeration");
        var read = await Drain(users);

        Assert.That(read.Select(u => u.User!.Id), Is.EqualTo(new int?[] { 1, 2 }));
        Assert.That(users.Program, Has.Count.EqualTo(1));
        Assert.That(users.Program![0].CourseNodebleType, Is.EqualTo("course_module"));
    }

    [Test]
    public async Task Cancelling_mid_enumeration_sends_no_further_request()
    {
        var transport = Pages(total: 500, perPage: 100);
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        Assert.That(async () =>
        {
            await foreach (var _ in Client(transport).Contacts.GetAllAsync(cancellationToken: cancel.Token))
            {
                if (++seen == 150)
                {
                    cancel.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(transport.Count, Is.EqualTo(2));
        await Task.CompletedTask;
    }

    [Test]
    public async Task Pages_carry_their_meta_and_links()
    {
        var pages = new List<Page<Contact>>();
        await foreach (var page in Client(Pages(total: 120, perPage: 100)).Contacts.GetPagesAsync())
        {
            pages.Add(page);
        }

        Assert.That(pages.Select(p => (p.Number, p.Items.Count, p.Meta!.LastPage)), Is.EqualTo(new[] { (1, 100, (int?)2), (2, 20, (int?)2) }));
    }

    private static KwigaClient Client(ScriptedTransport transport) =>
        Kwiga.Sdk.KwigaClientFactory.Create(TestClients.Options(), transport: transport);

    private static async Task<List<T>> Drain<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A Laravel paginator over items 1..total that honours the page asked for (query or body).</summary>
    private static ScriptedTransport Pages(int total, int perPage) => new((request, _) =>
    {
        var page = 1;
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        if (query["page"] is { } fromQuery)
        {
            page = int.Parse(fromQuery, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (request.Content is not null)
        {
            page = JsonNode.Parse(request.Content.ReadAsStringAsync().GetAwaiter().GetResult())?["page"]?.GetValue<int>() ?? 1;
        }

        var last = Math.Max(1, (total + perPage - 1) / perPage);
        var ids = Enumerable.Range((page - 1) * perPage + 1, Math.Max(0, Math.Min(perPage, total - (page - 1) * perPage)));
        var data = string.Join(",", ids.Select(id => $$$"""{"id":{{{id}}},"user":{"id":{{{id}}}}}"""));
        return ScriptedTransport.Json($$$"""{"data":[{{{data}}}],"links":{},"meta":{"current_page":{{{page}}},"last_page":{{{last}}},"per_page":{{{perPage}}},"total":{{{total}}}}}""");
    });
}
