using System.Net;
using System.Text.Json.Nodes;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>
/// Every list operation with every parameter set: the exact URL the client builds, and what Laravel
/// reads from it (PHP's parse_str). Lists must arrive as lists, filters under `filters`, booleans as 1/0.
/// </summary>
public class LaravelQueryTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("GET /contacts, every filter",
            c => c.Contacts.GetAsync(r =>
            {
                var q = r.QueryParameters;
                q.IsActive = true;
                q.DateFrom = new DateOnly(2022, 4, 27);
                q.DateTo = new DateOnly(2022, 5, 1);
                q.LastActivityFrom = new DateTimeOffset(2023, 1, 1, 10, 30, 0, TimeSpan.FromHours(2));
                q.LastActivityTo = new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero);
                q.Search = "bond & co";
                q.UtmSource = "google";
                q.UtmCampaign = "spring";
                q.UtmMedium = "cpc";
                q.UtmTerm = "course";
                q.UtmContent = "banner";
                q.Offers = [8, 9];
                q.Products = [299];
                q.Emails = ["a@example.com", "b+tag@example.com"];
                q.ContactIds = [1, 2, 3];
                q.UserIds = [7];
                q.WithOrders = true;
                q.WithOffers = false;
                q.WithCertificates = true;
                q.Page = 2;
                q.PerPage = 50;
                q.SortBy = SortDirection.Asc;
            }),
            "https://api.kwiga.com/contacts?filters%5Bcontact_ids%5D%5B%5D=1&filters%5Bcontact_ids%5D%5B%5D=2&filters%5Bcontact_ids%5D%5B%5D=3&filters%5Bdate_from%5D=2022-04-27&filters%5Bdate_to%5D=2022-05-01&filters%5Bemails%5D%5B%5D=a%40example.com&filters%5Bemails%5D%5B%5D=b%2Btag%40example.com&filters%5Bis_active%5D=1&filters%5Blast_activity_from%5D=2023-01-01%2008%3A30%3A00&filters%5Blast_activity_to%5D=2023-02-01%2000%3A00%3A00&filters%5Boffers%5D%5B%5D=8&filters%5Boffers%5D%5B%5D=9&filters%5Bproducts%5D%5B%5D=299&filters%5Bsearch%5D=bond%20%26%20co&filters%5Buser_ids%5D%5B%5D=7&filters%5Butm_campaign%5D=spring&filters%5Butm_content%5D=banner&filters%5Butm_medium%5D=cpc&filters%5Butm_source%5D=google&filters%5Butm_term%5D=course&page=2&per_page=50&sort_by=asc&with_certificates=1&with_offers=0&with_orders=1",
            """
            {"filters":{"contact_ids":["1","2","3"],"date_from":"2022-04-27","date_to":"2022-05-01","emails":["a@example.com","b+tag@example.com"],
             "is_active":"1","last_activity_from":"2023-01-01 08:30:00","last_activity_to":"2023-02-01 00:00:00","offers":["8","9"],"products":["299"],"search":"bond & co",
             "user_ids":["7"],"utm_campaign":"spring","utm_content":"banner","utm_medium":"cpc","utm_source":"google","utm_term":"course"},
             "page":"2","per_page":"50","sort_by":"asc","with_certificates":"1","with_offers":"0","with_orders":"1"}
            """);
        yield return Case("GET /contacts/{contact}",
            c => c.Contacts[132].GetAsync(r => r.QueryParameters.WithCertificates = false),
            "https://api.kwiga.com/contacts/132?with_certificates=0",
            """{"with_certificates":"0"}""");
        yield return Case("GET /products",
            c => c.Products.GetAsync(r =>
            {
                r.QueryParameters.Page = 3;
                r.QueryParameters.PerPage = 100;
                r.QueryParameters.SortBy = SortDirection.Desc;
            }),
            "https://api.kwiga.com/products?page=3&per_page=100&sort_by=desc",
            """{"page":"3","per_page":"100","sort_by":"desc"}""");
        yield return Case("GET /courses",
            c => c.Courses.GetAsync(r =>
            {
                r.QueryParameters.With = [CourseWith.Offers, CourseWith.Program];
                r.QueryParameters.SortBy = SortDirection.Asc;
                r.QueryParameters.PerPage = 15;
                r.QueryParameters.Page = 1;
            }),
            "https://api.kwiga.com/courses?page=1&per_page=15&sort_by=asc&with%5B%5D=offers&with%5B%5D=program",
            """{"page":"1","per_page":"15","sort_by":"asc","with":["offers","program"]}""");
        yield return Case("GET /courses/{course}/users, every filter",
            c => c.Courses[20].Users.GetAsync(r =>
            {
                var q = r.QueryParameters;
                q.Search = "Bond";
                q.ContactId = 1;
                q.ContactIds = [1, 2];
                q.UserId = 3;
                q.UserIds = [3, 4];
                q.Emails = ["a@example.com"];
                q.ProgressGeneralFrom = 10;
                q.ProgressGeneralTo = 90;
                q.LessonsViewedFrom = 20;
                q.LessonsViewedTo = 80;
                q.QuizzesProgressFrom = 30;
                q.QuizzesProgressTo = 70;
                q.LastActivityFrom = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                q.LastActivityTo = new DateTimeOffset(2024, 12, 31, 23, 59, 59, TimeSpan.Zero);
                q.PerPage = 250;
                q.Page = 2;
                q.Include = [CourseUsersInclude.CourseProgram, CourseUsersInclude.LessonProgress, CourseUsersInclude.ModuleProgress, CourseUsersInclude.QuizProgress];
            }),
            "https://api.kwiga.com/courses/20/users?contact_id=1&contact_ids%5B%5D=1&contact_ids%5B%5D=2&emails%5B%5D=a%40example.com&include=course_program,lesson_progress,module_progress,quiz_progress&last_activity_from=2024-01-01%2000%3A00%3A00&last_activity_to=2024-12-31%2023%3A59%3A59&lessons_viewed_from=20&lessons_viewed_to=80&page=2&per_page=250&progress_general_from=10&progress_general_to=90&quizzes_progress_from=30&quizzes_progress_to=70&search=Bond&user_id=3&user_ids%5B%5D=3&user_ids%5B%5D=4",
            """
            {"contact_id":"1","contact_ids":["1","2"],"emails":["a@example.com"],"include":"course_program,lesson_progress,module_progress,quiz_progress",
             "last_activity_from":"2024-01-01 00:00:00","last_activity_to":"2024-12-31 23:59:59","lessons_viewed_from":"20","lessons_viewed_to":"80","page":"2","per_page":"250",
             "progress_general_from":"10","progress_general_to":"90","quizzes_progress_from":"30","quizzes_progress_to":"70","search":"Bond","user_id":"3","user_ids":["3","4"]}
            """);
        yield return Case("GET /offers",
            c => c.Offers.GetAsync(r =>
            {
                r.QueryParameters.Page = 1;
                r.QueryParameters.PerPage = 30;
                r.QueryParameters.ProductId = 130;
                r.QueryParameters.Search = "course";
            }),
            "https://api.kwiga.com/offers?filters%5Bsearch%5D=course&page=1&per_page=30&product_id=130",
            """{"filters":{"search":"course"},"page":"1","per_page":"30","product_id":"130"}""");
        yield return Case("GET /mailing/contact-lists",
            c => c.Mailing.ContactLists.GetAsync(r =>
            {
                r.QueryParameters.Page = 2;
                r.QueryParameters.Limit = 40;
            }),
            "https://api.kwiga.com/mailing/contact-lists?limit=40&page=2",
            """{"limit":"40","page":"2"}""");
        yield return Case("GET /coupons",
            c => c.Coupons.GetAsync(r =>
            {
                r.QueryParameters.DateFrom = new DateOnly(2022, 4, 15);
                r.QueryParameters.DateTo = new DateOnly(2022, 4, 27);
                r.QueryParameters.Page = 1;
                r.QueryParameters.PerPage = 15;
            }),
            "https://api.kwiga.com/coupons?filters%5Bdate_from%5D=2022-04-15&filters%5Bdate_to%5D=2022-04-27&page=1&per_page=15",
            """{"filters":{"date_from":"2022-04-15","date_to":"2022-04-27"},"page":"1","per_page":"15"}""");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Client_builds_the_exact_url(Func<KwigaClient, Task> call, string url, string _)
    {
        Assert.That(await SentUrl(call), Is.EqualTo(url));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Laravel_reads_every_value_back(Func<KwigaClient, Task> call, string _, string expected)
    {
        if (!PhpQueryReader.IsAvailable)
        {
            Assert.Ignore("php is not installed (CI installs php-cli with apt): parse_str check skipped.");
        }

        var query = new Uri(await SentUrl(call)).Query.TrimStart('?');

        Assert.That(JsonNode.DeepEquals(PhpQueryReader.Parse(query), JsonNode.Parse(expected)), Is.True,
            $"parse_str read {PhpQueryReader.Parse(query).ToJsonString()}");
    }

    private static IEnumerable<TestCaseData> Aliases()
    {
        yield return new TestCaseData(
            (Func<KwigaClient, Task>)(c => c.Contacts.GetAllAsync(EveryContactFilter).GetAsyncEnumerator().MoveNextAsync().AsTask()),
            (Func<KwigaClient, Task>)(c => c.Contacts.Query.PostAllAsync(EveryContactFilter).GetAsyncEnumerator().MoveNextAsync().AsTask()))
            .SetArgDisplayNames("contacts");
        yield return new TestCaseData(
            (Func<KwigaClient, Task>)(c => c.Courses[20].Users.GetAllAsync(EveryCourseUserFilter).GetAsyncEnumerator().MoveNextAsync().AsTask()),
            (Func<KwigaClient, Task>)(c => c.Courses[20].Users.Query.PostAllAsync(EveryCourseUserFilter).GetAsyncEnumerator().MoveNextAsync().AsTask()))
            .SetArgDisplayNames("course users");
    }

    /// <summary>
    /// One query shape serves a list and its POST alias: the alias's JSON body carries the same values
    /// as the GET's query string as Laravel reads it (parse_str gives strings, JSON numbers and lists;
    /// <c>include</c> is comma-separated in the query and a list in the body).
    /// </summary>
    [TestCaseSource(nameof(Aliases))]
    public async Task The_post_alias_body_carries_what_the_get_query_carries(Func<KwigaClient, Task> get, Func<KwigaClient, Task> post)
    {
        if (!PhpQueryReader.IsAvailable)
        {
            Assert.Ignore("php is not installed (CI installs php-cli with apt): parse_str check skipped.");
        }

        var query = PhpQueryReader.Parse(new Uri(await SentUrl(get)).Query.TrimStart('?'));
        var body = JsonNode.Parse((await Sent(post)).Body!)!;

        Assert.That(JsonNode.DeepEquals(AsLaravelStrings(body), AsLaravelStrings(query)), Is.True, $"body {body.ToJsonString()}\nquery {query.ToJsonString()}");
        Assert.That(body["page"]!.GetValue<int>(), Is.EqualTo(1), "the pager's page goes in the body");
    }

    private static void EveryContactFilter(Kwiga.Sdk.Contacts.ContactsRequestBuilder.ContactsRequestBuilderGetQueryParameters q)
    {
        q.IsActive = false;
        q.DateFrom = new DateOnly(2022, 4, 27);
        q.LastActivityTo = new DateTimeOffset(2023, 2, 1, 12, 0, 0, TimeSpan.FromHours(3));
        q.Search = "bond & co";
        q.UtmSource = "google";
        q.Offers = [8, 9];
        q.Emails = ["a@example.com", "b+tag@example.com"];
        q.ContactIds = [1, 2, 3];
        q.WithOrders = true;
        q.SortBy = SortDirection.Asc;
    }

    private static void EveryCourseUserFilter(Kwiga.Sdk.Courses.Item.Users.UsersRequestBuilder.UsersRequestBuilderGetQueryParameters q)
    {
        q.Search = "Bond";
        q.ContactIds = [1, 2];
        q.UserId = 3;
        q.Emails = ["a@example.com"];
        q.ProgressGeneralFrom = 10;
        q.LastActivityFrom = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        q.Include = [CourseUsersInclude.CourseProgram, CourseUsersInclude.QuizProgress];
    }

    /// <summary>Every scalar as the string Laravel compares (1/0 for booleans); <c>include</c> as a list.</summary>
    private static JsonNode AsLaravelStrings(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)(p.Key == "include" && p.Value is JsonValue csv
            ? new JsonArray(csv.GetValue<string>().Split(',').Select(v => (JsonNode?)JsonValue.Create(v)).ToArray())
            : AsLaravelStrings(p.Value!))))),
        JsonArray array => new JsonArray(array.Select(i => (JsonNode?)AsLaravelStrings(i!)).ToArray()),
        JsonValue value when value.TryGetValue<bool>(out var flag) => JsonValue.Create(flag ? "1" : "0"),
        _ => JsonValue.Create(node.ToJsonString().Trim('"'))!,
    };

    [Test]
    public void A_plain_repeated_name_would_lose_values_in_php()
    {
        // Guards the premise of this fixture: if PHP kept repeated plain names, the [] suffix would be moot.
        if (!PhpQueryReader.IsAvailable)
        {
            Assert.Ignore("php is not installed: parse_str check skipped.");
        }

        Assert.That(PhpQueryReader.Parse("ids=1&ids=2").ToJsonString(), Is.EqualTo("""{"ids":"2"}"""));
    }

    private static TestCaseData Case(string name, Func<KwigaClient, Task> call, string url, string laravelReads) =>
        new TestCaseData(call, url, laravelReads).SetArgDisplayNames(name);

    private static async Task<string> SentUrl(Func<KwigaClient, Task> call) => (await Sent(call)).Url;

    private static async Task<(string Url, string? Body)> Sent(Func<KwigaClient, Task> call)
    {
        string? url = null, body = null;
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(r =>
        {
            url = r.RequestUri!.AbsoluteUri;
            body = r.Content?.ReadAsStringAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":{},"links":{},"meta":{}}""", System.Text.Encoding.UTF8, "application/json") };
        });
        await call(TestClients.Create(transport));
        return (url!, body);
    }
}
