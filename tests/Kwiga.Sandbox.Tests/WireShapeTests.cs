using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

/// <summary>The sandbox sends the wire types of the docs' examples, which differ from the SDK's view of the contract.</summary>
public sealed class WireShapeTests
{
    [Test]
    public async Task Offer_price_amount_is_a_string_and_the_discounted_amount_a_number()
    {
        var page = await SharedSandbox.Client.GetJsonAsync("offers?per_page=50");
        var paid = page["data"]!.AsArray().First(o => (int)o!["id"]! == 102)!;

        Assert.Multiple(() =>
        {
            Assert.That(paid["price"]!["amount"]!.GetValueKind(), Is.EqualTo(JsonValueKind.String));
            Assert.That((string?)paid["price"]!["amount"], Is.EqualTo("10.00"));
            Assert.That(paid["price_discounted"]!["amount"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That((string?)paid["price_type"]!["name"], Is.EqualTo("Paid"));
            Assert.That(paid["discount"]!["end_type"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        });
    }

    [Test]
    public async Task Course_type_and_status_are_objects()
    {
        var page = await SharedSandbox.Client.GetJsonAsync("courses?with%5B%5D=offers&with%5B%5D=program");
        var course = page["data"]!.AsArray().First(c => (int)c!["id"]! == 20)!;

        Assert.That(course["type"]!.ToJsonString(), Is.EqualTo("""{"id":1,"name":"Course","type":"course"}"""));
        Assert.That(course["status"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Object));
        Assert.That(course["offers"]!.AsArray(), Is.Not.Empty, "with[]=offers binds from the repeated bracket form");
        Assert.That(course["program"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(course.AsObject().ContainsKey("info_units"), Is.False, "description was not asked for");
    }

    [Test]
    public async Task Orders_send_paid_status_as_a_string_payment_status_as_a_number_and_laravel_dates()
    {
        var page = await SharedSandbox.Client.GetJsonAsync("contacts?with_orders=1&per_page=100");
        var order = page["data"]!.AsArray().SelectMany(c => c!["orders"]!.AsArray()).First(o => (string?)o!["paid_status"] == "paid")!;

        Assert.That(order["payments"]![0]!["status"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That((string?)order["created_at"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"));
    }

    [Test]
    public async Task The_data_set_is_the_same_on_every_start()
    {
        await using var second = await SandboxServer.StartAsync();
        using var client = second.CreateClient();

        var first = await SharedSandbox.Client.GetJsonAsync("contacts?per_page=25&page=4&with_orders=1");
        var again = await client.GetJsonAsync("contacts?per_page=25&page=4&with_orders=1");

        Assert.That(again["data"]!.ToJsonString(), Is.EqualTo(first["data"]!.ToJsonString()));
    }

    [Test]
    public async Task A_coupon_check_without_price_sends_a_null_discount()
    {
        var body = await SharedSandbox.Client.SendJsonAsync(HttpMethod.Post, "coupons/check", """{"code":"SANDBOX10"}""");
        var withPrice = await SharedSandbox.Client.SendJsonAsync(HttpMethod.Post, "coupons/check", """{"code":"SANDBOX10","price":65}""");

        Assert.That(body["data"]!.AsObject().ContainsKey("discount") && body["data"]!["discount"] is null, Is.True);
        Assert.That((double)withPrice["data"]!["discount"]!, Is.EqualTo(6.5));
        Assert.That((bool)withPrice["data"]!["can_use"]!, Is.True);
    }
}
