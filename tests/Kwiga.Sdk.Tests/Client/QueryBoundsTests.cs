using Kwiga.Sdk.Errors;
using Kwiga.Sdk.Tests.Support;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>
/// Integer query values outside the ranges the contract documents are refused before anything is sent,
/// with an exception that names the limit; the ranges come from the contract at generation time.
/// </summary>
public class QueryBoundsTests
{
    [Test]
    public void A_page_size_above_the_documented_maximum_of_a_raw_call_is_refused()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));

        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client(transport).Courses.GetAsync(r => r.QueryParameters.PerPage = 500));

        Assert.That(error!.ParamName, Is.EqualTo("per_page"));
        Assert.That(error.Message, Does.Contain("GET /courses documents per_page from 1 to 15"));
        Assert.That(transport.Count, Is.Zero, "nothing was sent");
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void A_page_number_below_one_is_refused(int page)
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));

        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client(transport).Contacts.GetAsync(r => r.QueryParameters.Page = page));

        Assert.That(error!.Message, Does.Contain("GET /contacts documents page at least 1"));
        Assert.That(transport.Count, Is.Zero);
    }

    [Test]
    public void The_limit_of_mailing_lists_is_checked_too()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client(transport).Mailing.ContactLists.GetAsync(r => r.QueryParameters.Limit = 0));
    }

    [Test]
    public void A_post_alias_body_is_held_to_its_gets_bounds()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));

        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in Client(transport).Courses[20].Users.Query.PostAllAsync(q => q.ProgressGeneralFrom = 150))
            {
            }
        });

        Assert.That(error!.Message, Does.Contain("POST /courses/{course}/users/query documents progress_general_from from 0 to 99"));
        Assert.That(transport.Count, Is.Zero);
    }

    [Test]
    public async Task Values_inside_the_bounds_go_out_unchanged()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"data":[]}"""));

        await Client(transport).Courses.GetAsync(r => r.QueryParameters.PerPage = 15);

        Assert.That(transport.Requests.Single().Url, Does.Contain("per_page=15"));
    }

    [Test]
    public void A_name_that_does_not_resolve_is_reported_as_never_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.kwiga.com/contacts");
        var failure = new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (api.kwiga.com:443)");

        var error = KwigaErrorFactory.Transport(request, failure, TimeSpan.FromSeconds(100));

        Assert.That(error.MayHaveReachedServer, Is.False);
        Assert.That(error.Message, Does.Contain("does not resolve").And.Contain("safe to send again"));
    }

    private static KwigaClient Client(ScriptedTransport transport) => KwigaClientFactory.Create(TestClients.Options(), transport: transport);
}
