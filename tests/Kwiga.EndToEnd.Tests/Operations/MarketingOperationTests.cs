using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.EndToEnd.Tests.Operations;

/// <summary>Mailing lists, coupons, certificates and timezones. Writes create lists and codes of their own.</summary>
public sealed class MarketingOperationTests
{
    private KwigaClient _kwiga = null!;

    [OneTimeSetUp]
    public void CreateClient() => _kwiga = SandboxClient.For();

    [Test]
    [Operation("listContactLists")]
    public async Task List_contact_lists_pages_by_limit()
    {
        var page = await _kwiga.Mailing.ContactLists.GetAsync(r =>
        {
            r.QueryParameters.Limit = 2;
            r.QueryParameters.Page = 1;
        });

        Assert.That(page!.Data, Has.Count.EqualTo(2));
        Assert.That(page.Meta!.PerPage, Is.EqualTo(2));
        Assert.That(page.Meta.Total, Is.GreaterThanOrEqualTo(3), "three lists are seeded; other tests may add some");
    }

    [Test]
    [Operation("getContactList")]
    public async Task Get_contact_list_includes_its_contacts_and_statistic()
    {
        var list = (await _kwiga.Mailing.ContactLists[2].GetAsync())!;

        Assert.That(list.Title, Is.EqualTo("Example 2"));
        Assert.That(list.Contacts, Has.Count.EqualTo(29), "contacts 2..30 are seeded into list 2");
        Assert.That(list.Statistic!.CountContacts, Is.EqualTo(29));
    }

    [Test]
    [Operation("createContactList")]
    public async Task Create_contact_list_stores_a_list_that_reads_back_by_id()
    {
        var created = (await _kwiga.Mailing.ContactLists.PostAsync(new ContactListCreateRequest { Title = "Назва групи", Description = "e2e" }))!;

        Assert.That(created.Title, Is.EqualTo("Назва групи"));
        var read = (await _kwiga.Mailing.ContactLists[created.Id!.Value].GetAsync())!;
        Assert.That((read.Title, read.Description, read.IsDefault), Is.EqualTo(("Назва групи", "e2e", (bool?)false)));
        Assert.That(read.Contacts, Is.Empty);
    }

    [Test]
    [Operation("addContactsToLists")]
    public async Task Add_contacts_to_lists_puts_every_contact_in_every_list()
    {
        var first = await NewListAsync("first");
        var second = await NewListAsync("second");

        var result = await _kwiga.Mailing.ContactLists.BulkContacts.PostAsync(new ContactListBulkContactsRequest { Contacts = [5, 6], ContactLists = [first, second] });

        Assert.That(result!.Success, Is.True);
        foreach (var id in new[] { first, second })
        {
            var list = (await _kwiga.Mailing.ContactLists[id].GetAsync())!;
            Assert.That(list.Contacts!.Select(c => c.Id), Is.EquivalentTo(new int?[] { 5, 6 }));
            Assert.That(list.Statistic!.CountContacts, Is.EqualTo(2));
        }
    }

    [Test]
    [Operation("listCoupons")]
    public async Task List_coupons_keeps_only_coupons_created_in_the_date_range()
    {
        var page = await _kwiga.Coupons.GetAsync(r =>
        {
            r.QueryParameters.DateFrom = new DateOnly(2024, 1, 1);
            r.QueryParameters.DateTo = new DateOnly(2024, 3, 31);
            r.QueryParameters.PerPage = 100;
        });

        Assert.That(page!.Data, Is.Not.Empty);
        Assert.That(page.Data!.Count, Is.LessThan(40), "a quarter of the seeded year");
        Assert.That(
            page.Data!.Select(c => c.CreatedAt),
            Has.All.InRange(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    [Operation("getCoupon")]
    public async Task Get_coupon_reads_the_seeded_coupon_by_id()
    {
        var coupon = (await _kwiga.Coupons[1].GetAsync())!;

        Assert.That((coupon.Id, coupon.Code, coupon.Reward, coupon.IsFixed), Is.EqualTo(((int?)1, "SANDBOX10", (double?)10, (bool?)false)));
    }

    [Test]
    [Operation("createCoupon")]
    public async Task Create_coupon_makes_a_code_that_the_check_then_accepts()
    {
        var code = "E2E-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var coupon = (await _kwiga.Coupons.PostAsync(new CouponCreateRequest
        {
            Code = code,
            Reward = 15,
            TypeDiscount = new CouponDiscountTypeInput { Id = CouponDiscountType.DiscountWithPercent },
            Timezone = new TimezoneReference { Id = 375 },
        }))!;

        Assert.That(coupon.Code, Is.EqualTo(code));
        Assert.That(coupon.TypeDiscount!.Id, Is.EqualTo("discount_with_percent"));
        var check = (await _kwiga.Coupons.Check.PostAsync(new CouponCheckRequest { Code = code, Price = 200 }))!;
        Assert.That((check.CanUse, check.Discount), Is.EqualTo(((bool?)true, (double?)30)));
    }

    [TestCase("SANDBOX10", 65, true, 6.5, TestName = "Check_coupon_gives_a_percentage_of_the_price")]
    [TestCase("FIXED5", 3, true, 3.0, TestName = "Check_coupon_caps_a_fixed_discount_at_the_price")]
    [TestCase("USEDUP", 100, false, null, TestName = "Check_coupon_refuses_a_used_up_coupon")]
    [TestCase("EXPIRED", 100, false, null, TestName = "Check_coupon_refuses_an_expired_coupon")]
    [Operation("checkCoupon")]
    public async Task Check_coupon(string code, double price, bool canUse, double? discount)
    {
        var check = (await _kwiga.Coupons.Check.PostAsync(new CouponCheckRequest { Code = code, Price = price }))!;

        Assert.That(check.CanUse, Is.EqualTo(canUse));
        Assert.That(check.Discount, Is.EqualTo(discount));
    }

    [Test]
    [Operation("getCertificateByNumber")]
    public async Task Get_certificate_by_number_finds_the_seeded_certificate()
    {
        var certificate = (await _kwiga.Certificates.ByNumber["1986-0003"].GetAsync())!;

        Assert.That(certificate.Number, Is.EqualTo("1986-0003"));
        Assert.That(certificate.CertificatebleTitle, Is.EqualTo("Dripping"));
        Assert.That(certificate.Points, Is.EqualTo(115), "100 + 5 per contact id");
    }

    [Test]
    [Operation("listTimezones")]
    public async Task List_timezones_reads_the_dictionary_sent_without_an_envelope()
    {
        var zones = (await _kwiga.Timezones.GetAsync())!.Data!;

        Assert.That(zones, Has.Count.EqualTo(24));
        Assert.That(zones.Single(z => z.Id == 371).Name, Is.EqualTo("Europe/Kyiv"));
    }

    private async Task<int> NewListAsync(string title) =>
        (await _kwiga.Mailing.ContactLists.PostAsync(new ContactListCreateRequest { Title = "e2e " + title }))!.Id!.Value;
}
