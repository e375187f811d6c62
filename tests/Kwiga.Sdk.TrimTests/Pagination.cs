using System.Net;
using System.Text.Json.Nodes;
using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.TrimTests;

/// <summary>
/// Auto-pagination in the trimmed application: <c>GetAllAsync</c> and the POST alias's
/// <c>PostAllAsync</c> over a three-page list must read every page once, in order, with the page in
/// the query resp. the body.
/// </summary>
internal static class Pagination
{
    private const int PageCount = 3;

    /// <summary>The problems found; empty when both loops read the whole list.</summary>
    public static async Task<List<string>> CheckAsync()
    {
        var problems = new List<string>();
        var transport = new PagedTransport();
        var client = KwigaClientFactory.Create(new KwigaOptions { Token = "trim-test-token-0123456789", CabinetHash = "trim-test-cabinet" }, transport: transport);

        var viaGet = new List<int?>();
        await foreach (var contact in client.Contacts.GetAllAsync(q => q.Search = "example.com").ConfigureAwait(false))
        {
            viaGet.Add(contact.Id);
        }

        Expect(problems, "GetAllAsync", viaGet, transport.Pages);
        transport.Pages.Clear();

        var viaPost = new List<int?>();
        await foreach (var contact in client.Contacts.Query.PostAllAsync(q => q.Search = "example.com").ConfigureAwait(false))
        {
            viaPost.Add(contact.Id);
        }

        Expect(problems, "PostAllAsync", viaPost, transport.Pages);
        return problems;
    }

    private static void Expect(List<string> problems, string loop, List<int?> ids, List<int> pagesAsked)
    {
        if (!ids.SequenceEqual([1, 2, 3]))
        {
            problems.Add($"{loop} read contacts [{string.Join(", ", ids)}], expected [1, 2, 3]");
        }

        if (!pagesAsked.SequenceEqual([1, 2, 3]))
        {
            problems.Add($"{loop} asked for pages [{string.Join(", ", pagesAsked)}], expected [1, 2, 3]");
        }
    }

    /// <summary>Serves page N (from <c>page=N</c> in the query or <c>"page": N</c> in the body) holding contact N.</summary>
    private sealed class PagedTransport : HttpMessageHandler
    {
        public List<int> Pages { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var page = request.Content is null
                ? PageInQuery(request.RequestUri!)
                : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))?["page"]?.GetValue<int>() ?? 0;
            Pages.Add(page);
            var body = $$$"""{"data":[{"id":{{{page}}},"email":"c{{{page}}}@example.com"}],"meta":{"current_page":{{{page}}},"last_page":{{{PageCount}}},"per_page":1,"total":{{{PageCount}}}}}""";
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
        }

        private static int PageInQuery(Uri uri) =>
            uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).Where(p => p[0] == "page").Select(p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)).SingleOrDefault();
    }
}
