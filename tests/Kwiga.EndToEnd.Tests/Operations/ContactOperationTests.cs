using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.EndToEnd.Tests.Operations;

/// <summary>The Contacts operations through the SDK against the sandbox. Writes use contacts they create.</summary>
public sealed class ContactOperationTests
{
    /// <summary>Offer 102 of the seeded catalog: course product 202, price 10.00 discounted to 5.00.</summary>
    private const int Offer = 102;
    private const int OfferProduct = 202;

    private KwigaClient _kwiga = null!;

    [OneTimeSetUp]
    public void CreateClient() => _kwiga = SandboxClient.For();

    [Test]
    [Operation("listContacts")]
    public async Task List_contacts_applies_the_search_filter_and_pages_by_the_query()
    {
        var page = await _kwiga.Contacts.GetAsync(r =>
        {
            r.QueryParameters.Search = "example.com";
            r.QueryParameters.WithOffers = true;
            r.QueryParameters.Page = 2;
            r.QueryParameters.PerPage = 15;
        });

        Assert.That(page!.Data, Has.Count.EqualTo(15));
        Assert.That(page.Data!.Select(c => c.Email), Has.All.Contains("example.com"));
        Assert.That(page.Data!.Select(c => c.Offers), Has.All.Not.Null, "with_offers=1 adds offers to every item");
        Assert.That(page.Meta!.CurrentPage, Is.EqualTo(2));
        Assert.That(page.Meta.PerPage, Is.EqualTo(15));
        Assert.That(page.Meta.Total, Is.InRange(31, 499), "a filtered subset of the 500 seeded contacts");
        Assert.That(page.Links!.Next, Does.Contain("page=3"));
    }

    [Test]
    [Operation("queryContacts")]
    public async Task Query_contacts_filters_by_ids_sent_in_the_json_body()
    {
        var page = await _kwiga.Contacts.Query.PostAsync(new ContactsQuery
        {
            Filters = new ContactsFilters { ContactIds = [3, 7, 11] },
            SortBy = SortDirection.Asc,
            WithOrders = true,
        });

        Assert.That(page!.Data!.Select(c => c.Id), Is.EqualTo(new int?[] { 3, 7, 11 }));
        Assert.That(page.Data!.Select(c => c.Orders), Has.All.Not.Null, "with_orders from the body");
        Assert.That(page.Meta!.Total, Is.EqualTo(3));
    }

    [Test]
    [Operation("getContact")]
    public async Task Get_contact_reads_one_contact_with_its_certificates()
    {
        var contact = (await _kwiga.Contacts[1].GetAsync(r => r.QueryParameters.WithCertificates = true))!;

        Assert.That(contact.Id, Is.EqualTo(1));
        Assert.That(contact.Email, Does.Contain("@"));
        Assert.That(contact.CreatedAt, Is.Not.Null);
        Assert.That(contact.Certificates!.Select(c => c.Certificate?.Number), Does.Contain("1986-0001"), "the seeded certificates belong to contacts 1..5");
    }

    [Test]
    [Operation("createContact")]
    public async Task Create_contact_stores_a_contact_that_reads_back_by_id()
    {
        var email = Unique.Email("create");
        var created = (await _kwiga.Contacts.PostAsync(new ContactCreateRequest
        {
            Email = email,
            FirstName = "James",
            LastName = "Bond",
            Phone = "+380931234567",
            Tags = ["e2e-created"],
        }))!;

        Assert.That(created.Id, Is.GreaterThan(500), "ids of new records follow the seeded ones");
        Assert.That(created.Email, Is.EqualTo(email));
        var read = (await _kwiga.Contacts[created.Id!.Value].GetAsync())!;
        Assert.That((read.Email, read.FirstName, read.LastName), Is.EqualTo((email, "James", "Bond")));
        Assert.That(read.Tags!.Select(t => t.Name), Is.EqualTo(new[] { "e2e-created" }));
    }

    [Test]
    [Operation("addContactPurchase")]
    public async Task Add_contact_purchase_creates_the_contact_with_a_paid_order_of_the_offer()
    {
        var email = Unique.Email("purchase");
        var contact = (await _kwiga.Contacts.Purchases.PostAsync(new PurchaseCreateRequest { Email = email, FirstName = "Ada", OfferId = Offer }))!;

        Assert.That(contact.Email, Is.EqualTo(email));
        var order = contact.Orders!.Single();
        Assert.That(order.PaidStatus, Is.EqualTo("paid"));
        Assert.That(order.Offers!.Select(o => o.Id), Is.EqualTo(new int?[] { Offer }));
        Assert.That(order.Products!.Select(p => p.Id), Is.EqualTo(new int?[] { OfferProduct }));
    }

    [Test]
    [Operation("updateContact")]
    public async Task Update_contact_changes_only_the_fields_sent_and_syncs_tags()
    {
        var id = await CreateContactAsync("update", tags: ["old-tag"]);

        var updated = (await _kwiga.Contacts[id].PutAsync(new ContactUpdateRequest { FirstName = "John", Tags = ["new-tag"] }))!;

        Assert.That(updated.FirstName, Is.EqualTo("John"));
        Assert.That(updated.LastName, Is.EqualTo("Original"), "a field left null is not changed");
        Assert.That(updated.Tags!.Select(t => t.Name), Is.EqualTo(new[] { "new-tag" }), "tags work in sync mode");
    }

    [Test]
    [Operation("addContactTags")]
    public async Task Add_contact_tags_adds_the_tags_to_every_contact_given()
    {
        var first = await CreateContactAsync("tags-a");
        var second = await CreateContactAsync("tags-b");

        var result = await _kwiga.Contacts.Tags.PostAsync(new ContactTagsRequest { ContactIds = [first, second], Tags = ["e2e-bulk"] });

        Assert.That(result!.Success, Is.True);
        Assert.That(await TagsOfAsync(first), Does.Contain("e2e-bulk"));
        Assert.That(await TagsOfAsync(second), Does.Contain("e2e-bulk"));
    }

    [Test]
    [Operation("removeContactTags")]
    public async Task Remove_contact_tags_sends_a_delete_with_a_body_and_removes_only_those_tags()
    {
        var id = await CreateContactAsync("untag", tags: ["keep", "drop"]);

        var result = await _kwiga.Contacts.Tags.DeleteAsync(new ContactTagsRequest { ContactIds = [id], Tags = ["drop"] });

        Assert.That(result!.Success, Is.True);
        Assert.That(await TagsOfAsync(id), Is.EqualTo(new[] { "keep" }));
    }

    [Test]
    [Operation("listContactProducts")]
    public async Task List_contact_products_shows_the_product_a_purchase_gave_access_to()
    {
        var id = await PurchaseAsync("products");

        var products = (await _kwiga.Contacts[id].Products.GetAsync())!.Data!;

        var product = products.Single();
        Assert.That(product.Id, Is.EqualTo(OfferProduct));
        Assert.That(product.ProductableType, Is.EqualTo("course"));
        Assert.That(product.AggregatedSubscription!.IsPaid, Is.True);
        Assert.That(product.Subscriptions!.Select(s => s.OfferId), Is.EqualTo(new int?[] { Offer }));
    }

    [Test]
    [Operation("removeContactProduct")]
    public async Task Remove_contact_product_takes_the_product_away()
    {
        var id = await PurchaseAsync("remove-one");

        var result = await _kwiga.Contacts[id].Products[OfferProduct].DeleteAsync();

        Assert.That(result!.Success, Is.True);
        Assert.That((await _kwiga.Contacts[id].Products.GetAsync())!.Data, Is.Empty);
    }

    [Test]
    [Operation("removeContactProducts")]
    public async Task Remove_contact_products_by_email_reports_the_affected_subscriptions_by_product()
    {
        var email = Unique.Email("remove-many");
        var id = await PurchaseAsync(email: email);
        var subscription = (await _kwiga.Contacts[id].Products.GetAsync())!.Data!.Single().Subscriptions!.Single().Id;

        var result = await _kwiga.Contacts.Products.DeleteAsync(new ContactProductsRemoveRequest { Email = email, ProductId = OfferProduct });

        Assert.That(result!.ContactId, Is.EqualTo(id));
        Assert.That(result.Data!.AffectedSubscriptions, Is.EqualTo(new[] { subscription }));
        Assert.That(result.Data.AffectedByProducts!.AdditionalData.Keys, Is.EqualTo(new[] { OfferProduct.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(result.Data.AffectedByOffers!.AdditionalData, Is.Empty, "PHP's [] for an empty map reads as an empty map");
        Assert.That((await _kwiga.Contacts[id].Products.GetAsync())!.Data, Is.Empty);
    }

    private async Task<int> CreateContactAsync(string purpose, List<string>? tags = null)
    {
        var contact = await _kwiga.Contacts.PostAsync(new ContactCreateRequest { Email = Unique.Email(purpose), FirstName = "Original", LastName = "Original", Tags = tags });
        return contact!.Id!.Value;
    }

    private async Task<int> PurchaseAsync(string purpose = "purchase", string? email = null)
    {
        var contact = await _kwiga.Contacts.Purchases.PostAsync(new PurchaseCreateRequest { Email = email ?? Unique.Email(purpose), OfferId = Offer });
        return contact!.Id!.Value;
    }

    private async Task<List<string?>> TagsOfAsync(int id) =>
        (await _kwiga.Contacts[id].GetAsync())!.Tags!.Select(t => t.Name).ToList();
}
