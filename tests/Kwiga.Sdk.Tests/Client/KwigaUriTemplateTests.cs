using Kwiga.Sdk.Models;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Kiota.Abstractions;
using RichardSzalay.MockHttp;
using Kwiga.Sdk.Client;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>
/// The SDK's URL expansion (template parsed once) against Kiota's own (Std.UriTemplate on every
/// request): the same characters for every shape the generated client has, and Kiota's expansion
/// wherever a value is outside those shapes.
/// </summary>
public class KwigaUriTemplateTests
{
    private const string BaseUrl = "https://api.kwiga.com";

    private static IEnumerable<TestCaseData> Requests()
    {
        var client = KwigaClientFactory.Create(TestClients.Options(o => o.BaseUrl = new Uri(BaseUrl)));
        yield return new TestCaseData(client.Contacts.ToGetRequestInformation(r =>
        {
            var q = r.QueryParameters;
            q.Search = "bond & co / Київ 100% ~ok+1";
            q.DateTo = new DateOnly(2022, 5, 1);
            q.LastActivityFrom = new DateTimeOffset(2023, 1, 1, 10, 30, 0, TimeSpan.FromHours(2));
            q.Emails = ["a@example.com", "b+tag@example.com", ""];
            q.ContactIds = [1, -2, int.MaxValue];
            q.WithOffers = false;
            q.WithOrders = true;
            q.Page = 2;
            q.PerPage = 50;
        })).SetName("contacts: strings needing encoding, an empty string, arrays, negative numbers, booleans");
        yield return new TestCaseData(client.Courses[20].Users.ToGetRequestInformation(r =>
        {
            r.QueryParameters.Include = [CourseUsersInclude.CourseProgram, CourseUsersInclude.QuizProgress];
            r.QueryParameters.UserIds = [3, 4];
            r.QueryParameters.Search = "O'Brien (née Ševčík)";
        })).SetName("course users: the comma form of include, an exploded list, a path id");
        yield return new TestCaseData(client.Courses.ToGetRequestInformation()).SetName("courses: no query at all");
        yield return new TestCaseData(client.Certificates.ByNumber["AB/12 3?#"].ToGetRequestInformation()).SetName("certificate: a string path segment needing encoding");
        yield return new TestCaseData(client.Contacts[132].Products[7].ToDeleteRequestInformation()).SetName("contact product: two path ids");
    }

    [TestCaseSource(nameof(Requests))]
    public void Builds_the_same_url_as_kiota(RequestInformation request)
    {
        KwigaRequestAdapter.ConvertQueryValues(request);
        request.PathParameters["baseurl"] = BaseUrl;
        var kiota = request.URI.OriginalString;

        var ours = KwigaUriTemplate.TryExpand(request, BaseUrl);

        Assert.That(ours, Is.Not.Null, "this shape must take the fast path");
        Assert.That(ours!.OriginalString, Is.EqualTo(kiota));
    }

    [Test]
    public void A_value_kiota_formats_its_own_way_is_left_to_kiota()
    {
        var request = new RequestInformation(Method.GET, "{+baseurl}/contacts{?when*}", new Dictionary<string, object> { ["baseurl"] = BaseUrl });
        request.QueryParameters["when"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

        Assert.That(KwigaUriTemplate.TryExpand(request, BaseUrl), Is.Null);
    }

    [Test]
    public void A_template_outside_the_generated_shapes_is_left_to_kiota()
    {
        var request = new RequestInformation(Method.GET, "{+baseurl}/contacts{/segments*}{#fragment}", new Dictionary<string, object> { ["baseurl"] = BaseUrl });

        Assert.That(KwigaUriTemplate.TryExpand(request, BaseUrl), Is.Null);
    }

    [Test]
    public async Task A_request_builder_used_twice_keeps_its_path_parameters()
    {
        // Setting RequestInformation.URI clears PathParameters, which the generated builders share.
        var sent = new List<string>();
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(request =>
        {
            sent.Add(request.RequestUri!.AbsoluteUri);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"data":[]}""", System.Text.Encoding.UTF8, "application/json") };
        });
        var users = TestClients.Create(transport).Courses[20].Users;

        await users.GetAsync(r => r.QueryParameters.Page = 1);
        await users.GetAsync(r => r.QueryParameters.Page = 2);

        Assert.That(sent, Is.EqualTo(new[] { "https://api.kwiga.com/courses/20/users?page=1", "https://api.kwiga.com/courses/20/users?page=2" }));
    }
}
