using Kwiga.Sdk.Models;
using Kwiga.Testing;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>
/// Every documented operation (<see cref="OperationCalls"/>: the call and the request it must send)
/// with a check of the docs' example response read back through the typed model.
/// </summary>
public static class OperationCatalog
{
    /// <summary>The checks of the typed results, by operationId.</summary>
    private static readonly Dictionary<string, Action<IParsable>> Checks = new()
    {
        ["listContacts"] = r =>
        {
            var page = (ContactPage)r;
            Assert.That(page.Data![0].Email, Is.EqualTo("test@example.com"));
            Assert.That(page.Data[0].Tags![0].Name, Is.EqualTo("test-tag"));
            Assert.That(page.Data[0].Offers![0].LimitType!.Name, Is.EqualTo("Неограничено"));
            Assert.That(page.Data[0].Utm!.UtmSource, Is.EqualTo(new[] { "test-source" }));
            Assert.That(page.Meta!.LastPage, Is.EqualTo(2));
            Assert.That(page.Links!.Next, Is.EqualTo("https://api.kwiga.com/contacts?page=2"));
        },
        ["queryContacts"] = r => Assert.That(((ContactPage)r).Data, Has.Count.EqualTo(2)),
        ["getContact"] = r =>
        {
            var contact = ((Contact)r);
            Assert.That(contact.PhoneNumber, Is.EqualTo("931234567"));
            Assert.That(contact.AdditionalFields![0].Field!.Title, Is.EqualTo("test global"));
            Assert.That(contact.CreatedAt, Is.EqualTo(new DateTimeOffset(2023, 6, 26, 19, 1, 0, TimeSpan.Zero)));
        },
        ["createContact"] = r => Assert.That(((Contact)r).Id, Is.EqualTo(132)),
        ["addContactPurchase"] = r =>
        {
            var order = ((Contact)r).Orders![0];
            Assert.That(order.PaidStatus, Is.EqualTo("paid"));
            Assert.That(order.Payments![0].Status, Is.EqualTo("2"));
            Assert.That(order.Payments[0].Transactions![1].Rrn, Is.EqualTo("330710335365"));
            Assert.That(order.Payments[0].Transactions![1].Price, Is.EqualTo(147m));
            Assert.That(order.OrderStage!.OrderFunnel!.Title, Is.EqualTo("Воронка за замовчуванням"));
            Assert.That(order.Managers, Has.Count.EqualTo(2));
        },
        ["updateContact"] = r => Assert.That(((Contact)r).Email, Is.EqualTo("bond@example.com")),
        ["addContactTags"] = r => Assert.That(((Confirmation)r).Success, Is.True),
        ["removeContactTags"] = r => Assert.That(((Confirmation)r).Success, Is.True),
        ["listContactProducts"] = r =>
        {
            var product = ((UserProductList)r).Data![0];
            Assert.That(product.ProductableType, Is.EqualTo("course"));
            Assert.That(product.AggregatedSubscription!.State!.Name, Is.EqualTo("Open"));
            Assert.That(product.Subscriptions![0].OfferId, Is.EqualTo(757));
        },
        ["removeContactProduct"] = r => Assert.That(((Confirmation)r).Success, Is.True),
        ["removeContactProducts"] = r =>
        {
            var response = (AffectedSubscriptionsResponse)r;
            Assert.That(response.ContactId, Is.EqualTo(125));
            Assert.That(response.Data!.AffectedSubscriptions, Is.EqualTo(new int?[] { 2309, 2661 }));
            Assert.That(response.Data.AffectedByOffers!.AdditionalData.Keys, Is.EqualTo(new[] { "421" }));
            Assert.That(response.Data.AffectedByProducts!.AdditionalData, Is.Empty, "PHP's [] is an empty map");
        },
        ["listProducts"] = r => Assert.That(((ProductPage)r).Meta!.Total, Is.EqualTo(75)),
        ["listCourses"] = r =>
        {
            var course = ((CoursePage)r).Data![0];
            Assert.That(course.Type!.Type, Is.EqualTo("course"));
            Assert.That(course.Status!.Name, Is.EqualTo("Published"));
            Assert.That(course.Preview!.Thumbnails!.AdditionalData["xs"], Does.EndWith("image_13_thumb_150.jpeg"));
        },
        ["listCourseUsers"] = r =>
        {
            var row = ((CourseUserPage)r).Data![0];
            Assert.That(row.User!.Email, Is.EqualTo("test@test.com"));
            Assert.That(row.CourseProgress!.CurrentLesson!.Number, Is.EqualTo("6"));
            Assert.That(row.CourseProgress.CurrentLesson.Module!.Number, Is.EqualTo("1"));
            Assert.That(row.Subscription!.CountAvailableDays, Is.EqualTo(661));
        },
        ["queryCourseUsers"] = r => Assert.That(((CourseUserPage)r).Data![0].CoursePoints, Is.EqualTo(0)),
        ["listOffers"] = r =>
        {
            var offer = ((OfferPage)r).Data![0];
            Assert.That(offer.Price!.Amount, Is.EqualTo(10.00m), "\"10.00\" on the wire");
            Assert.That(offer.PriceDiscounted!.Amount, Is.EqualTo(5m));
            Assert.That(offer.PriceType!.Name, Is.EqualTo("Платно"));
            Assert.That(offer.Discount!.EndType, Is.EqualTo("3"));
            Assert.That(offer.Discount.StartTimezone!.Name, Is.EqualTo("Europe/Kyiv"));
            Assert.That(offer.ValidityEnd!.DurationTypeId, Is.EqualTo(3));
            Assert.That(((OfferPage)r).Data![1].Discount, Is.Null);
        },
        ["getOffer"] = r => Assert.That(((Offer)r).SalesLeft, Is.EqualTo(19)),
        ["listContactLists"] = r => Assert.That(((ContactListPage)r).Data![1].IsDefault, Is.True),
        ["getContactList"] = r =>
        {
            var list = ((ContactList)r);
            Assert.That(list.Contacts![0].PhoneCountry, Is.EqualTo("UA"));
            Assert.That(list.Statistic!.CountContacts, Is.EqualTo(1));
        },
        ["createContactList"] = r => Assert.That(((ContactList)r).Id, Is.EqualTo(3)),
        ["addContactsToLists"] = r => Assert.That(((Confirmation)r).Success, Is.True),
        ["listCoupons"] = r =>
        {
            var coupon = ((ExpertCouponPage)r).Data![0];
            Assert.That(coupon.User!.TagName, Is.EqualTo("TestUser"));
            Assert.That(coupon.IsDisposable, Is.False);
        },
        ["getCoupon"] = r => Assert.That(((ExpertCoupon)r).Code, Is.EqualTo("KwigaSMVT-MD")),
        ["createCoupon"] = r =>
        {
            var coupon = ((ExpertCoupon)r);
            Assert.That(coupon.TypeDiscount!.Id, Is.EqualTo("discount_with_percent"));
            Assert.That(coupon.Currency, Is.Null);
        },
        ["checkCoupon"] = r => Assert.That(((CouponCheck)r).Discount, Is.EqualTo(6.5)),
        ["getCertificateByNumber"] = r => Assert.That(((Certificate)r).CertificatebleTitle, Is.EqualTo("Test course")),
        ["listTimezones"] = r => Assert.That(((TimezoneList)r).Data![1].Name, Is.EqualTo("Europe/Tirane")),
    };

    public static IReadOnlyList<OperationCase> All { get; } =
        OperationCalls.All.Select(call => new OperationCase(call, Checks[call.OperationId])).ToList();
}
