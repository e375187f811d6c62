using System.Net;
using Kwiga.Sdk.Tests.Support;
using Kwiga.Sdk.Client;
using Kwiga.Sdk.Middleware;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Tests.Middleware;

/// <summary>Idempotent requests are retried after transient failures; a POST the server may have processed is not.</summary>
public class RetryHandlerTests
{
    [Test]
    public async Task A_503_on_get_is_retried_until_it_succeeds()
    {
        var transport = new ScriptedTransport((_, i) => i < 2
            ? ScriptedTransport.Json("""{"message":"Service Unavailable"}""", HttpStatusCode.ServiceUnavailable)
            : ScriptedTransport.Json("""{"data":[{"id":1,"name":"Europe/Kyiv"}]}"""));

        var result = await Client(transport).Timezones.GetAsync();

        Assert.That(result!.Data![0].Name, Is.EqualTo("Europe/Kyiv"));
        Assert.That(transport.Count, Is.EqualTo(3));
    }

    [Test]
    public void A_503_on_post_is_not_resent()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("""{"message":"Service Unavailable"}""", HttpStatusCode.ServiceUnavailable));

        Assert.ThrowsAsync<KwigaServerException>(() => Client(transport).Contacts.Purchases.PostAsync(new Models.PurchaseCreateRequest { Email = "a@example.com" }));
        Assert.That(transport.Count, Is.EqualTo(1));
    }

    [Test]
    public void A_transport_failure_on_post_is_not_resent_but_on_get_it_is()
    {
        var post = new ScriptedTransport((_, _) => throw new HttpRequestException("connection reset"));
        var get = new ScriptedTransport((_, i) => i == 0 ? throw new HttpRequestException("connection reset") : ScriptedTransport.Json("""{"data":[]}"""));

        var error = Assert.ThrowsAsync<KwigaTransportException>(() => Client(post).Coupons.PostAsync(new Models.CouponCreateRequest()));
        Assert.That(error!.MayHaveReachedServer, Is.True, "a reset after sending: the POST may have been processed");
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.DoesNotThrowAsync(() => Client(get).Timezones.GetAsync());
        Assert.That(post.Count, Is.EqualTo(1));
        Assert.That(get.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task A_put_tunnelled_through_post_is_still_retried_with_its_body()
    {
        var transport = new ScriptedTransport((_, i) => i == 0
            ? ScriptedTransport.Json("{}", HttpStatusCode.BadGateway)
            : ScriptedTransport.Json("""{"data":{"id":7}}"""));

        await Client(transport, o => o.UseMethodOverride = true).Contacts[7].PutAsync(new Models.ContactUpdateRequest { FirstName = "Ann" });

        Assert.That(transport.Requests.Select(r => (r.Method.Method, r.Body)),
            Is.EqualTo(new[] { ("POST", """{"first_name":"Ann"}"""), ("POST", """{"first_name":"Ann"}""") }));
    }

    [Test]
    public void Retries_stop_at_the_maximum_and_the_last_error_reaches_the_caller()
    {
        var transport = new ScriptedTransport((_, _) => ScriptedTransport.Json("{}", HttpStatusCode.InternalServerError));

        Assert.ThrowsAsync<KwigaServerException>(() => Client(transport, o => o.Retry.MaxRetries = 2).Timezones.GetAsync());
        Assert.That(transport.Count, Is.EqualTo(3));
    }

    [TestCase(Method.GET, false, true)]
    [TestCase(Method.PUT, false, true)]
    [TestCase(Method.DELETE, false, true)]
    [TestCase(Method.POST, false, false)]
    [TestCase(Method.POST, true, true)]
    [TestCase(Method.PATCH, false, false)]
    public void Idempotency_is_decided_by_the_intent_the_adapter_recorded(Method asked, bool queryAlias, bool idempotent)
    {
        // Sent as POST whatever was asked: what counts is the method of the operation (a PUT through
        // method override) and whether the contract marks the POST as a /query alias.
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.kwiga.com/contacts/1?_method=PUT");
        request.Options.Set(new HttpRequestOptionsKey<IRequestOption>(typeof(RequestIntent).FullName!), RequestIntent.For(asked, queryAlias ? ContractFacts.For("{+baseurl}/contacts/query", Method.POST) : null));

        Assert.That(RetryHandler.IsIdempotent(request), Is.EqualTo(idempotent));
    }

    [Test]
    public void A_request_without_an_intent_is_judged_by_its_own_method()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "https://api.kwiga.com/contacts/1?_method=PUT");
        using var get = new HttpRequestMessage(HttpMethod.Get, "https://api.kwiga.com/contacts/1");

        Assert.That(RetryHandler.IsIdempotent(post), Is.False, "the query string is not read any more");
        Assert.That(RetryHandler.IsIdempotent(get), Is.True);
    }

    private static KwigaClient Client(ScriptedTransport transport, Action<Kwiga.Sdk.KwigaOptions>? configure = null) =>
        Kwiga.Sdk.KwigaClientFactory.Create(TestClients.Options(configure), transport: transport);
}
