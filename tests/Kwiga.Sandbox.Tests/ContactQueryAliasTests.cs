using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

public sealed class ContactQueryAliasTests
{
    [Test]
    public async Task The_body_wins_over_the_query_string()
    {
        var page = await SharedSandbox.Client.SendJsonAsync(HttpMethod.Post, "contacts/query?per_page=50&filters%5Bsearch%5D=kwiga.test",
            """{"per_page": 3, "filters": {"search": "example.com"}}""");

        Assert.That((int)page["meta"]!["per_page"]!, Is.EqualTo(3));
        Assert.That(page["data"]!.AsArray().Select(c => (string)c!["email"]!).ToList(), Has.Count.EqualTo(3).And.All.Contains("example.com"));
    }

    [Test]
    public async Task Query_parameters_the_body_does_not_name_still_apply()
    {
        var page = await SharedSandbox.Client.SendJsonAsync(HttpMethod.Post, "contacts/query?with_orders=1&sort_by=asc", """{"per_page": 4}""");

        Assert.That(page.Ids(), Is.EqualTo(new[] { 1, 2, 3, 4 }), "sort_by=asc from the query string");
        Assert.That(page["data"]!.AsArray().All(c => c!.AsObject().ContainsKey("orders")), Is.True, "with_orders=1 from the query string");
    }

    [Test]
    public async Task Post_alias_and_get_answer_the_same_page()
    {
        var viaGet = await SharedSandbox.Client.GetJsonAsync("contacts?per_page=10&page=3&filters%5Bdate_from%5D=2024-01-01");
        var viaPost = await SharedSandbox.Client.SendJsonAsync(HttpMethod.Post, "contacts/query",
            """{"per_page": 10, "page": 3, "filters": {"date_from": "2024-01-01"}}""");

        Assert.That(viaPost["data"]!.ToJsonString(), Is.EqualTo(viaGet["data"]!.ToJsonString()));
        Assert.That((int)viaPost["meta"]!["total"]!, Is.EqualTo((int)viaGet["meta"]!["total"]!));
    }
}
