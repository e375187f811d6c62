using Kwiga.Sdk.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Tests.Serialization.Binding;

/// <summary>
/// Each lossless rule of the lenient node, read through the reader the client uses. Every test also
/// checks that the lenient node writes the same model back, so a rule cannot drift on one side only.
/// </summary>
public class ModelBinderRulesTests
{
    [Test]
    public async Task A_number_sent_for_a_string_is_read_as_its_text()
    {
        var contact = await ReadBoth("""{"id":1,"city":2.50,"phone":380501234567}""", Contact.CreateFromDiscriminatorValue);

        Assert.That(contact.City, Is.EqualTo("2.50"));
        Assert.That(contact.Phone, Is.EqualTo("380501234567"));
        Assert.That(contact.AdditionalData, Is.Empty);
    }

    [Test]
    public async Task A_decimal_sent_as_text_is_read_as_the_lenient_node_reads_it()
    {
        var price = await ReadBoth("""{"amount":"10.00","currency":"UAH"}""", Price.CreateFromDiscriminatorValue);
        var lenient = await BinderReads.ReadAsync(BinderReads.Lenient, """{"amount":"10.00","currency":"UAH"}""", Price.CreateFromDiscriminatorValue);

        Assert.That(price.Amount, Is.EqualTo(lenient.Amount));
        Assert.That(price.AdditionalData.TryGetValue("amount", out var raw) ? raw : null, Is.EqualTo(lenient.AdditionalData.TryGetValue("amount", out var lenientRaw) ? lenientRaw : null));
        Assert.That(price.Amount is 10.00m || "10.00".Equals(price.AdditionalData["amount"]), "10.00 is kept, typed or raw");
    }

    [Test]
    public async Task A_number_sent_for_a_decimal_keeps_its_value()
    {
        var transaction = await ReadBoth("""{"id":4,"price":147.5}""", Transaction.CreateFromDiscriminatorValue);

        Assert.That(transaction.Price, Is.EqualTo(147.5m));
    }

    [Test]
    public async Task PHPs_empty_array_for_an_object_is_an_empty_object()
    {
        var offer = await ReadBoth("""{"id":1,"discount":[]}""", Offer.CreateFromDiscriminatorValue);

        Assert.That(offer.Discount, Is.Not.Null);
        Assert.That(offer.AdditionalData, Is.Empty);
    }

    [Test]
    public async Task A_value_the_property_cannot_hold_is_kept_raw_under_its_wire_name()
    {
        var offer = await ReadBoth("""{"id":1,"limit_of_sales":"unlimited","is_draft":"no","price":"free","sales_left":4294967296}""", Offer.CreateFromDiscriminatorValue);

        Assert.That(offer.LimitOfSales, Is.Null);
        Assert.That(offer.AdditionalData["limit_of_sales"], Is.EqualTo("unlimited"));
        Assert.That(offer.AdditionalData["is_draft"], Is.EqualTo("no"));
        Assert.That(offer.AdditionalData["price"], Is.EqualTo("free"));
        Assert.That(offer.AdditionalData["sales_left"], Is.EqualTo(4294967296m));
    }

    [Test]
    public async Task Unknown_fields_are_kept_raw_with_the_lenient_nodes_types()
    {
        var offer = await ReadBoth("""{"id":1,"new_text":"x","new_flag":true,"new_count":3,"new_ratio":0.25,"new_list":[1,"a",null],"new_object":{"a":{"b":[1]}},"new_null":null}""", Offer.CreateFromDiscriminatorValue);

        Assert.That(offer.AdditionalData["new_text"], Is.EqualTo("x"));
        Assert.That(offer.AdditionalData["new_flag"], Is.EqualTo(true));
        Assert.That(offer.AdditionalData["new_count"], Is.EqualTo(3m).And.TypeOf<decimal>());
        Assert.That(offer.AdditionalData["new_ratio"], Is.EqualTo(0.25m).And.TypeOf<decimal>());
        Assert.That(offer.AdditionalData["new_list"], Is.InstanceOf<UntypedArray>());
        Assert.That(offer.AdditionalData["new_object"], Is.InstanceOf<UntypedObject>());
        Assert.That(offer.AdditionalData.ContainsKey("new_null"), Is.False);
    }

    [Test]
    public async Task An_unknown_field_sent_twice_keeps_its_first_value()
    {
        var offer = await ReadBoth("""{"id":1,"extra":"first","extra":"second"}""", Offer.CreateFromDiscriminatorValue);

        Assert.That(offer.AdditionalData["extra"], Is.EqualTo("first"));
    }

    [Test]
    public async Task Nulls_are_skipped()
    {
        var offer = await ReadBoth("""{"id":1,"title":null,"discount":null,"products":null}""", Offer.CreateFromDiscriminatorValue);

        Assert.That(offer.Title, Is.Null);
        Assert.That(offer.Discount, Is.Null);
        Assert.That(offer.Products, Is.Null);
        Assert.That(offer.AdditionalData, Is.Empty);
    }

    [Test]
    public async Task One_unreadable_item_keeps_the_whole_array_raw()
    {
        var query = await ReadBoth("""{"user_ids":[1,"two",3],"emails":["a@x.io",{"b":1}]}""", CourseUsersQuery.CreateFromDiscriminatorValue);

        Assert.That(query.UserIds, Is.Empty);
        Assert.That(query.AdditionalData["user_ids"], Is.InstanceOf<UntypedArray>());
        Assert.That(query.AdditionalData["emails"], Is.InstanceOf<UntypedArray>());
    }

    [Test]
    public async Task One_unreadable_object_in_a_list_keeps_the_whole_list_raw()
    {
        var contact = await ReadBoth("""{"id":1,"tags":[{"id":1,"name":"vip"},"loyal"]}""", Contact.CreateFromDiscriminatorValue);

        Assert.That(contact.Tags, Is.Empty);
        Assert.That(contact.AdditionalData["tags"], Is.InstanceOf<UntypedArray>());
    }

    [Test]
    public async Task Null_items_of_lists_are_kept()
    {
        var query = await ReadBoth("""{"user_ids":[1,null,3],"emails":[null,"a@x.io"]}""", CourseUsersQuery.CreateFromDiscriminatorValue);

        // A list of numbers holds numbers: a null among them keeps the whole list raw, never read as 0.
        Assert.That(query.UserIds, Is.Empty);
        Assert.That(query.AdditionalData["user_ids"], Is.InstanceOf<UntypedArray>());
        Assert.That(query.Emails, Is.EqualTo(new string?[] { null, "a@x.io" }));
    }

    [Test]
    public async Task Enums_are_read_by_their_wire_names_every_time()
    {
        for (var read = 0; read < 3; read++)
        {
            // The second and third reads take the remembered spelling.
            var query = await ReadBoth("""{"sort_by":"desc"}""", ContactsQuery.CreateFromDiscriminatorValue);
            Assert.That(query.SortBy, Is.EqualTo(SortDirection.Desc));
        }

        var escaped = await ReadBoth("""{"sort_by":"\u0061sc"}""", ContactsQuery.CreateFromDiscriminatorValue);
        var unknown = await ReadBoth("""{"sort_by":"sideways"}""", ContactsQuery.CreateFromDiscriminatorValue);

        Assert.That(escaped.SortBy, Is.EqualTo(SortDirection.Asc));
        Assert.That(unknown.SortBy, Is.Null);
        Assert.That(unknown.AdditionalData["sort_by"], Is.EqualTo("sideways"));
    }

    [Test]
    public async Task Dates_are_read_in_ISO_and_in_Laravels_format()
    {
        var iso = await ReadBoth("""{"id":1,"created_at":"2024-01-02T03:04:05+02:00"}""", Contact.CreateFromDiscriminatorValue);
        var laravel = await ReadBoth("""{"id":1,"created_at":"2024-01-02 03:04:05"}""", Contact.CreateFromDiscriminatorValue);
        var garbage = await ReadBoth("""{"id":1,"created_at":"soon"}""", Contact.CreateFromDiscriminatorValue);

        Assert.That(iso.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))));
        Assert.That(laravel.CreatedAt?.DateTime, Is.EqualTo(new DateTime(2024, 1, 2, 3, 4, 5)));
        Assert.That(garbage.CreatedAt, Is.Null);
        Assert.That(garbage.AdditionalData["created_at"], Is.EqualTo("soon"));
    }

    [Test]
    public async Task Escaped_property_names_find_their_fields()
    {
        var contact = await ReadBoth("""{"i\u0064":7,"ci\u0074y":"Kyiv"}""", Contact.CreateFromDiscriminatorValue);

        Assert.That(contact.Id, Is.EqualTo(7));
        Assert.That(contact.City, Is.EqualTo("Kyiv"));
    }

    [Test]
    public async Task An_untyped_target_gets_the_untyped_value()
    {
        var root = await BinderReads.RootAsync(BinderReads.Sdk, """{"a":[1,{"b":"c"}]}""");
        var node = root.GetObjectValue(UntypedNode.CreateFromDiscriminatorValue) as UntypedObject;

        Assert.That(node, Is.Not.Null);
        Assert.That(node!.GetValue()["a"], Is.InstanceOf<UntypedArray>());
    }

    [Test]
    public async Task Assignment_callbacks_run_for_every_object_as_with_the_lenient_node()
    {
        const string json = """{"data":[{"id":1,"products":[{"id":2}]},{"id":3}],"links":{},"meta":{"current_page":1}}""";
        var seen = new Dictionary<string, List<string>>();
        foreach (var (name, factory) in new[] { ("sdk", BinderReads.Sdk), ("lenient", BinderReads.Lenient) })
        {
            var calls = seen[name] = [];
            var root = await BinderReads.RootAsync(factory, json);
            root.OnBeforeAssignFieldValues = m => calls.Add("before " + m.GetType().Name);
            root.OnAfterAssignFieldValues = m => calls.Add("after " + m.GetType().Name);
            root.GetObjectValue(OfferPage.CreateFromDiscriminatorValue);
        }

        Assert.That(seen["sdk"], Has.Count.EqualTo(12));
        Assert.That(seen["sdk"], Is.EqualTo(seen["lenient"]));
    }

    [Test]
    public void Malformed_json_fails_as_json()
    {
        Assert.ThrowsAsync(Is.InstanceOf<System.Text.Json.JsonException>(), () => BinderReads.ReadAsync(BinderReads.Sdk, """{"id":1,"title":"x" """, Offer.CreateFromDiscriminatorValue));
        Assert.ThrowsAsync(Is.InstanceOf<System.Text.Json.JsonException>(), () => BinderReads.ReadAsync(BinderReads.Sdk, """{"id":1} trailing""", Offer.CreateFromDiscriminatorValue));
    }

    /// <summary>Reads through the client's reader, and asserts the lenient node's model writes the same JSON.</summary>
    private static async Task<T> ReadBoth<T>(string json, ParsableFactory<T> factory) where T : IParsable
    {
        var bound = await BinderReads.ReadAsync(BinderReads.Sdk, json, factory);
        var lenient = await BinderReads.ReadAsync(BinderReads.Lenient, json, factory);
        Assert.That(BinderReads.Written(bound), Is.EqualTo(BinderReads.Written(lenient)), "as the lenient node reads it");
        return bound;
    }
}
