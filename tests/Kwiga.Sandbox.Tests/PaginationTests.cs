using System.Net;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

public sealed class PaginationTests
{
    [Test]
    public async Task Following_links_next_walks_every_contact_once_with_consistent_meta()
    {
        var seen = new List<int>();
        var url = "contacts?per_page=37";
        var expectedPage = 1;
        JsonNode? page = null;
        while (url is not null)
        {
            page = await SharedSandbox.Client.GetJsonAsync(url);
            var meta = page["meta"]!;
            var ids = page.Ids();
            Assert.Multiple(() =>
            {
                Assert.That((int)meta["current_page"]!, Is.EqualTo(expectedPage));
                Assert.That((int)meta["per_page"]!, Is.EqualTo(37));
                Assert.That((int)meta["total"]!, Is.EqualTo(500));
                Assert.That((int)meta["last_page"]!, Is.EqualTo(14));
                Assert.That((int)meta["from"]!, Is.EqualTo(seen.Count + 1));
                Assert.That((int)meta["to"]!, Is.EqualTo(seen.Count + ids.Length));
                Assert.That((string?)meta["path"], Is.EqualTo(new Uri(SharedSandbox.Instance.BaseUrl, "contacts").ToString()));
                Assert.That((string?)page["links"]!["prev"], expectedPage == 1 ? Is.Null : Does.EndWith($"page={expectedPage - 1}"));
            });

            seen.AddRange(ids);
            url = (string?)page["links"]!["next"];
            if (url is not null)
            {
                Assert.That(url, Does.Contain("per_page=37").And.EndWith($"page={expectedPage + 1}"), "links.next keeps the query and moves one page on");
            }

            expectedPage++;
        }

        Assert.That(seen, Has.Count.EqualTo(500).And.Unique);
        Assert.That(seen, Is.EquivalentTo(Enumerable.Range(1, 500)));
        Assert.That((string?)page!["links"]!["last"], Does.EndWith("page=14"));
        Assert.That(seen, Is.Ordered.Descending, "newest first (sort_by defaults to desc)");
    }

    [Test]
    public async Task A_page_past_the_end_is_empty_with_null_from_and_to()
    {
        var page = await SharedSandbox.Client.GetJsonAsync("contacts?per_page=100&page=9");

        Assert.Multiple(() =>
        {
            Assert.That(page["data"]!.AsArray(), Is.Empty);
            Assert.That(page["meta"]!.AsObject().ContainsKey("from"), Is.True, "the paginator sends from/to as null, not absent");
            Assert.That(page["meta"]!["from"], Is.Null);
            Assert.That(page["links"]!["next"], Is.Null);
            Assert.That((int)page["meta"]!["last_page"]!, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Mailing_lists_page_by_limit_and_echo_it_as_per_page()
    {
        var page = await SharedSandbox.Client.GetJsonAsync("mailing/contact-lists?limit=2");

        Assert.That(page["data"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That((int)page["meta"]!["per_page"]!, Is.EqualTo(2));
        Assert.That((string?)page["links"]!["next"], Does.Contain("limit=2").And.EndWith("page=2"));
    }

    [TestCase("courses/20/users?per_page=251", "per_page", "The per page field must not be greater than 250.")]
    [TestCase("courses?per_page=16", "per_page", "The per page field must not be greater than 15.")]
    [TestCase("contacts?per_page=0", "per_page", "The per page field must be at least 1.")]
    public async Task A_page_size_outside_the_documented_range_is_a_laravel_422(string url, string field, string message)
    {
        var body = await SharedSandbox.Client.GetJsonAsync(url, HttpStatusCode.UnprocessableEntity);

        Assert.That((string?)body["message"], Is.EqualTo(message));
        Assert.That(body["errors"]![field]!.AsArray().Select(m => (string?)m), Is.EqualTo(new[] { message }));
    }

    [Test]
    public async Task The_documented_maximum_itself_is_accepted()
    {
        var page = await SharedSandbox.Client.GetJsonAsync("courses/20/users?per_page=250");

        Assert.That(page["data"]!.AsArray(), Has.Count.EqualTo(250));
        Assert.That((int)page["meta"]!["total"]!, Is.EqualTo(320));
        Assert.That((int)page["meta"]!["last_page"]!, Is.EqualTo(2));
    }
}
