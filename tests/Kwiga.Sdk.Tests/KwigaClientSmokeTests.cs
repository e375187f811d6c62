using System.Net.Http;
using Kwiga.Sdk;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests;

/// <summary>
/// Proves the build wiring end to end: the client generated from openapi/kwiga.yaml at build time
/// compiles, sends what the contract says and reads the typed response. Behaviour tests live beside it.
/// </summary>
[TestFixture]
public sealed class KwigaClientSmokeTests
{
    private const string ContactsPage = """
        {
          "data": [
            { "id": 17, "email": "olena@example.com" },
            { "id": 18, "email": "taras@example.com" }
          ],
          "meta": { "current_page": 2, "last_page": 4, "per_page": 2, "total": 8 }
        }
        """;

    [Test]
    public async Task Get_contacts_sends_the_page_query_and_auth_headers_and_reads_a_typed_page()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, "https://api.kwiga.com/contacts")
            .WithExactQueryString("page=2&per_page=2")
            .WithHeaders("Token", "test-token")
            .WithHeaders("Cabinet-Hash", "test-cabinet")
            .Respond("application/json", ContactsPage);

        using var httpClient = KiotaClientFactory.Create(finalHandler: mock);
        using var adapter = new HttpClientRequestAdapter(
            new TwoHeaderAuthenticationProvider("test-token", "test-cabinet"), httpClient: httpClient);
        var client = new KwigaClient(adapter);

        var page = await client.Contacts.GetAsync(r =>
        {
            r.QueryParameters.Page = 2;
            r.QueryParameters.PerPage = 2;
        });

        mock.VerifyNoOutstandingExpectation();
        Assert.That(page, Is.Not.Null);
        Assert.That(page!.Data, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(page.Data!.Select(c => c.Id), Is.EqualTo(new int?[] { 17, 18 }));
            Assert.That(page.Data![0].Email, Is.EqualTo("olena@example.com"));
            Assert.That(page.Meta?.CurrentPage, Is.EqualTo(2));
            Assert.That(page.Meta?.LastPage, Is.EqualTo(4));
        });
    }

    /// <summary>KWIGA authenticates every request with two headers; Kiota's API-key provider sets one.</summary>
    private sealed class TwoHeaderAuthenticationProvider(string token, string cabinetHash) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(
            RequestInformation request,
            Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Token", token);
            request.Headers.Add("Cabinet-Hash", cabinetHash);
            return Task.CompletedTask;
        }
    }
}
