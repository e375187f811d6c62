using System.Globalization;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Testing;
using Kwiga.Testing;

namespace Kwiga.Sdk.Testing.Tests.Readme;

/// <summary>Every default-data table of the package README against what a default sandbox serves.</summary>
public class ReadmeDataTests
{
    private KwigaSandbox _sandbox = null!;

    [OneTimeSetUp]
    public async Task Start() => _sandbox = await KwigaSandbox.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _sandbox.DisposeAsync();

    [Test]
    public async Task The_courses_table_lists_every_course_with_its_product_and_participants()
    {
        var rows = Table("course");
        var served = new List<string[]>();
        await foreach (var course in _sandbox.Client.Courses.GetAllAsync())
        {
            var users = await _sandbox.Client.Courses[course.Id!.Value].Users.GetAsync(r => r.QueryParameters.PerPage = 1);
            served.Add([Text(course.Id), course.Title!, Text(course.ProductId), Text(users?.Meta?.Total)]);
        }

        Assert.That(served.OrderBy(r => r[0], StringComparer.Ordinal), Is.EqualTo(rows));
    }

    [Test]
    public async Task The_products_table_lists_every_product()
    {
        var served = new List<string[]>();
        await foreach (var product in _sandbox.Client.Products.GetAllAsync())
        {
            served.Add([Text(product.Id), product.Title!]);
        }

        Assert.That(served.OrderBy(r => r[0], StringComparer.Ordinal), Is.EqualTo(Table("product")));
    }

    [Test]
    public async Task The_offers_table_lists_every_offer_with_its_price()
    {
        var served = new Dictionary<string, (string Title, decimal Price)>();
        using var http = Http();
        var json = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync("offers?per_page=100"))!;
        foreach (var offer in json["data"]!.AsArray())
        {
            served[offer!["id"]!.ToString()] = (offer["title"]!.GetValue<string>(), decimal.Parse(offer["price"]!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        }

        var rows = Table("offer");
        Assert.That(served.Keys.Order(StringComparer.Ordinal), Is.EqualTo(rows.Select(r => r[0])));
        foreach (var row in rows)
        {
            var price = decimal.Parse(row[2].Split(' ')[0], CultureInfo.InvariantCulture);
            Assert.That(served[row[0]], Is.EqualTo((row[1], price)), row[0]);
        }
    }

    [Test]
    public async Task The_coupons_table_lists_the_known_codes_as_the_check_answers_them()
    {
        var codes = new List<string>();
        await foreach (var coupon in _sandbox.Client.Coupons.GetAllAsync())
        {
            codes.Add(coupon.Code!);
        }

        foreach (var row in Table("coupon"))
        {
            var check = await _sandbox.Client.Coupons.Check.PostAsync(new CouponCheckRequest { Code = row[0], Price = 100 });
            Assert.That(check.CanUse, Is.EqualTo(row[2].StartsWith("usable", StringComparison.Ordinal)), row[0]);
        }

        Assert.That(codes, Has.Count.EqualTo(40));
        Assert.That(codes, Is.SupersetOf(Table("coupon").Select(r => r[0]).Append("KWIGA-1005").Append("KWIGA-1040")));
    }

    [Test]
    public async Task The_mailing_lists_table_lists_every_list_with_its_contacts()
    {
        var served = new List<string[]>();
        await foreach (var list in _sandbox.Client.Mailing.ContactLists.GetAllAsync())
        {
            var one = await _sandbox.Client.Mailing.ContactLists[list.Id!.Value].GetAsync();
            served.Add([Text(list.Id), list.Title!, Text(one.Contacts?.Count)]);
        }

        Assert.That(served.OrderBy(r => r[0], StringComparer.Ordinal), Is.EqualTo(Table("list")));
    }

    [Test]
    public async Task The_certificates_table_lists_each_number_with_its_contact()
    {
        foreach (var row in Table("certificate"))
        {
            var certificate = await _sandbox.Client.Certificates.ByNumber[row[0]].GetAsync();
            var contact = await _sandbox.Client.Contacts[int.Parse(row[1], CultureInfo.InvariantCulture)].GetAsync();
            Assert.That(certificate.User?.Email, Is.EqualTo(contact.Email), row[0]);
        }
    }

    [Test]
    public async Task The_contact_count_and_tags_are_as_the_readme_says()
    {
        var contacts = await _sandbox.Client.Contacts.GetAsync();
        var readme = File.ReadAllText(RepositoryRoot.File("src/Kwiga.Sdk.Testing/README.md"));

        Assert.That(contacts?.Meta?.Total, Is.EqualTo(500));
        Assert.That(readme, Does.Contain("**Contacts**: 500, ids 1–500"));
        var tagged = await _sandbox.Client.Contacts[500].GetAsync();
        foreach (var tag in tagged.Tags ?? [])
        {
            Assert.That(readme, Does.Contain($"`{tag.Name}` ({tag.Id})"));
        }
    }

    private HttpClient Http()
    {
        var http = new HttpClient { BaseAddress = _sandbox.BaseUrl };
        http.DefaultRequestHeaders.Add("Token", _sandbox.Token);
        http.DefaultRequestHeaders.Add("Cabinet-Hash", _sandbox.CabinetHash);
        return http;
    }

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(none)";

    /// <summary>The body rows of the README table whose first header cell is <paramref name="firstColumn"/>.</summary>
    private static List<string[]> Table(string firstColumn)
    {
        var lines = File.ReadAllLines(RepositoryRoot.File("src/Kwiga.Sdk.Testing/README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith($"| {firstColumn} |", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"the README has a '{firstColumn}' table");
        return lines.Skip(start + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
    }
}
