using System.Net;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

public sealed class ContactFilterTests
{
    private static HttpClient Client => SharedSandbox.Client;

    [Test]
    public async Task Search_matches_email_phone_or_name()
    {
        var page = await Client.GetJsonAsync("contacts?per_page=500&filters%5Bsearch%5D=example.com");
        var emails = page["data"]!.AsArray().Select(c => (string)c!["email"]!).ToList();

        Assert.That(emails, Is.Not.Empty.And.All.Contains("example.com"));
        Assert.That((int)page["meta"]!["total"]!, Is.EqualTo(emails.Count).And.LessThan(500));
    }

    [Test]
    public async Task Date_filters_bound_created_at_and_a_bare_date_to_includes_the_whole_day()
    {
        var page = await Client.GetJsonAsync("contacts?per_page=500&filters%5Bdate_from%5D=2024-05-01&filters%5Bdate_to%5D=2024-05-10");
        var created = page["data"]!.AsArray().Select(c => DateTimeOffset.Parse((string)c!["created_at"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // One contact every 17 hours: ten days hold 14 of them.
        Assert.That(created, Has.Count.EqualTo(14));
        Assert.That(created, Has.All.GreaterThanOrEqualTo(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero))
            .And.All.LessThan(new DateTimeOffset(2024, 5, 11, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(created.Max(), Is.GreaterThan(new DateTimeOffset(2024, 5, 10, 0, 0, 0, TimeSpan.Zero)), "date_to=2024-05-10 reaches into that day");
    }

    [Test]
    public async Task Bracketed_array_filters_bind_from_repeated_keys()
    {
        var byIds = await Client.GetJsonAsync("contacts?filters%5Bcontact_ids%5D%5B%5D=7&filters%5Bcontact_ids%5D%5B%5D=42&filters%5Bcontact_ids%5D%5B%5D=300");
        Assert.That(byIds.Ids(), Is.EquivalentTo(new[] { 7, 42, 300 }));

        var email = (string)byIds["data"]![0]!["email"]!;
        var byEmail = await Client.GetJsonAsync($"contacts?filters[emails][]={Uri.EscapeDataString(email)}");
        Assert.That(byEmail.Ids(), Is.EqualTo(new[] { (int)byIds["data"]![0]!["id"]! }));
    }

    [Test]
    public async Task An_invalid_email_filter_is_a_422_naming_the_item()
    {
        var body = await Client.GetJsonAsync("contacts?filters%5Bemails%5D%5B%5D=a%40example.com&filters%5Bemails%5D%5B%5D=not-an-email", HttpStatusCode.UnprocessableEntity);

        Assert.That((string?)body["message"], Is.EqualTo("The filters.emails.1 field must be a valid email address."));
        Assert.That(body["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "filters.emails.1" }));
    }

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase("0", false)]
    [TestCase("false", false)]
    public async Task Booleans_bind_from_1_0_true_and_false(string value, bool expected)
    {
        var page = await Client.GetJsonAsync($"contacts?per_page=5&with_orders={value}");

        Assert.That(page["data"]!.AsArray().All(c => c!.AsObject().ContainsKey("orders")), Is.EqualTo(expected));
    }

    [Test]
    public async Task A_boolean_that_is_not_one_is_a_422()
    {
        var body = await Client.GetJsonAsync("contacts?with_orders=yes", HttpStatusCode.UnprocessableEntity);

        Assert.That(body["errors"]!["with_orders"]![0]!.GetValue<string>(), Is.EqualTo("The with orders field must be true or false."));
    }

    [Test]
    public async Task Offers_filter_by_product()
    {
        var page = await Client.GetJsonAsync("offers?product_id=201&per_page=50");
        var offers = page["data"]!.AsArray();

        Assert.That(offers, Is.Not.Empty);
        Assert.That(offers.Select(o => o!["products"]!.AsArray().Select(p => (int)p!["id"]!)), Has.All.Contains(201));
        Assert.That((int)page["meta"]!["total"]!, Is.LessThan(12));
    }

    [Test]
    public async Task Coupons_filter_by_creation_date()
    {
        var all = await Client.GetJsonAsync("coupons?per_page=100");
        var filtered = await Client.GetJsonAsync("coupons?per_page=100&filters%5Bdate_from%5D=2024-01-01&filters%5Bdate_to%5D=2024-03-31");
        var dates = filtered["data"]!.AsArray().Select(c => (string)c!["created_at"]!).ToList();

        Assert.That(dates, Is.Not.Empty.And.All.StartsWith("2024-0"));
        Assert.That(dates.Count, Is.LessThan(all["data"]!.AsArray().Count));
    }
}
