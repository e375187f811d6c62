using Kwiga.Sdk.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>
/// Every documented operation, called the way a user would, with the request the docs' curl
/// example sends and a check of the docs' example response read back through the typed model.
/// </summary>
public static class OperationCatalog
{
    private const string Api = "https://api.kwiga.com";

    public static IReadOnlyList<OperationCase> All { get; } =
    [
        new("listContacts", HttpMethod.Get, Api + "/contacts?filters%5Bdate_from%5D=2022-04-27&filters%5Bsearch%5D=example.com&page=1&per_page=15&with_offers=1",
            null,
            async c => await c.Contacts.GetAsync(r =>
            {
                r.QueryParameters.Page = 1;
                r.QueryParameters.PerPage = 15;
                r.QueryParameters.FiltersdateFrom = "2022-04-27";
                r.QueryParameters.Filterssearch = "example.com";
                r.QueryParameters.WithOffers = true;
            }),
            r =>
            {
                var page = (ContactPage)r;
                Assert.That(page.Data![0].Email, Is.EqualTo("test@example.com"));
                Assert.That(page.Data[0].Tags![0].Name, Is.EqualTo("test-tag"));
                Assert.That(page.Data[0].Offers![0].LimitType!.Name, Is.EqualTo("Неограничено"));
                Assert.That(page.Data[0].Utm!.UtmSource, Is.EqualTo(new[] { "test-source" }));
                Assert.That(page.Meta!.LastPage, Is.EqualTo(2));
                Assert.That(page.Links!.Next, Is.EqualTo("https://api.kwiga.com/contacts?page=2"));
            }),
        new("queryContacts", HttpMethod.Post, Api + "/contacts/query",
            """{"filters":{"date_from":"2022-04-27","search":"example.com"},"page":1,"per_page":15,"with_offers":true}""",
            async c => await c.Contacts.Query.PostAsync(new ContactsQuery
            {
                Page = 1,
                PerPage = 15,
                Filters = new ContactsFilters { DateFrom = "2022-04-27", Search = "example.com" },
                WithOffers = true,
            }),
            r => Assert.That(((ContactPage)r).Data, Has.Count.EqualTo(2))),
        new("getContact", HttpMethod.Get, Api + "/contacts/132?with_certificates=1", null,
            async c => await c.Contacts[132].GetAsync(r => r.QueryParameters.WithCertificates = true),
            r =>
            {
                var contact = ((ContactResponse)r).Data!;
                Assert.That(contact.PhoneNumber, Is.EqualTo("931234567"));
                Assert.That(contact.AdditionalFields![0].Field!.Title, Is.EqualTo("test global"));
                Assert.That(contact.CreatedAt, Is.EqualTo(new DateTimeOffset(2023, 6, 26, 19, 1, 0, TimeSpan.Zero)));
            }),
        new("createContact", HttpMethod.Post, Api + "/contacts",
            """{"additional_fields":[{"field_id":17,"value":"this is test value"}],"email":"bond@example.com","first_name":"James","last_name":"Bond","manager_ids":[264,288],"phone":"+380931234567","send_activation_email":true}""",
            async c => await c.Contacts.PostAsync(new ContactCreateRequest
            {
                FirstName = "James",
                LastName = "Bond",
                Email = "bond@example.com",
                SendActivationEmail = true,
                Phone = "+380931234567",
                ManagerIds = [264, 288],
                AdditionalFields = [new ContactAdditionalFieldInput { FieldId = 17, Value = "this is test value" }],
            }),
            r => Assert.That(((ContactResponse)r).Data!.Id, Is.EqualTo(132))),
        new("addContactPurchase", HttpMethod.Post, Api + "/contacts/purchases",
            """{"additional_fields":[{"field_id":17,"value":"this is test value"}],"email":"bond@example.com","first_name":"James","last_name":"Bond","offer_id":18,"phone":"+380931234567","send_activation_email":true}""",
            async c => await c.Contacts.Purchases.PostAsync(new PurchaseCreateRequest
            {
                FirstName = "James",
                LastName = "Bond",
                Email = "bond@example.com",
                SendActivationEmail = true,
                Phone = "+380931234567",
                OfferId = 18,
                AdditionalFields = [new ContactAdditionalFieldInput { FieldId = 17, Value = "this is test value" }],
            }),
            r =>
            {
                var order = ((ContactResponse)r).Data!.Orders![0];
                Assert.That(order.PaidStatus, Is.EqualTo("paid"));
                Assert.That(order.Payments![0].Status, Is.EqualTo("2"));
                Assert.That(order.Payments[0].Transactions![1].Rrn, Is.EqualTo("330710335365"));
                Assert.That(order.Payments[0].Transactions![1].Price, Is.EqualTo(147m));
                Assert.That(order.OrderStage!.OrderFunnel!.Title, Is.EqualTo("Воронка за замовчуванням"));
                Assert.That(order.Managers, Has.Count.EqualTo(2));
            }),
        new("updateContact", HttpMethod.Put, Api + "/contacts/132",
            """{"email":"bond123@example.com","first_name":"John","last_name":"Black","phone":"+380931112233","tags":["test-tag"]}""",
            async c => await c.Contacts[132].PutAsync(new ContactUpdateRequest
            {
                FirstName = "John",
                LastName = "Black",
                Email = "bond123@example.com",
                Phone = "+380931112233",
                Tags = ["test-tag"],
            }),
            r => Assert.That(((ContactResponse)r).Data!.Email, Is.EqualTo("bond@example.com"))),
        new("addContactTags", HttpMethod.Post, Api + "/contacts/tags", """{"contact_ids":[23698],"tags":["test-tag"]}""",
            async c => await c.Contacts.Tags.PostAsync(new ContactTagsRequest { ContactIds = [23698], Tags = ["test-tag"] }),
            r => Assert.That(((Success)r).SuccessProp, Is.True)),
        new("removeContactTags", HttpMethod.Delete, Api + "/contacts/tags", """{"contact_ids":[23698],"tags":["test-tag"]}""",
            async c => await c.Contacts.Tags.DeleteAsync(new ContactTagsRequest { ContactIds = [23698], Tags = ["test-tag"] }),
            r => Assert.That(((Success)r).SuccessProp, Is.True)),
        new("listContactProducts", HttpMethod.Get, Api + "/contacts/125/products", null,
            async c => await c.Contacts[125].Products.GetAsync(),
            r =>
            {
                var product = ((UserProductList)r).Data![0];
                Assert.That(product.ProductableType, Is.EqualTo("course"));
                Assert.That(product.AggregatedSubscription!.State!.Name, Is.EqualTo("Open"));
                Assert.That(product.Subscriptions![0].OfferId, Is.EqualTo(757));
            }),
        new("removeContactProduct", HttpMethod.Delete, Api + "/contacts/125/products/299", null,
            async c => await c.Contacts[125].Products[299].DeleteAsync(),
            r => Assert.That(((Success)r).SuccessProp, Is.True)),
        new("removeContactProducts", HttpMethod.Delete, Api + "/contacts/products", """{"email":"user@example.com","offers":[421],"product_id":299}""",
            async c => await c.Contacts.Products.DeleteAsync(new ContactProductsRemoveRequest { Email = "user@example.com", ProductId = 299, Offers = [421] }),
            r =>
            {
                var response = (AffectedSubscriptionsResponse)r;
                Assert.That(response.ContactId, Is.EqualTo(125));
                Assert.That(response.Data!.AffectedSubscriptionsProp, Is.EqualTo(new int?[] { 2309, 2661 }));
                Assert.That(response.Data.AffectedByOffers!.AdditionalData.Keys, Is.EqualTo(new[] { "421" }));
                Assert.That(response.Data.AffectedByProducts!.AdditionalData, Is.Empty, "PHP's [] is an empty map");
            }),
        new("listProducts", HttpMethod.Get, Api + "/products?page=1&per_page=20&sort_by=asc", null,
            async c => await c.Products.GetAsync(r =>
            {
                r.QueryParameters.PerPage = 20;
                r.QueryParameters.Page = 1;
                r.QueryParameters.SortBy = SortDirection.Asc;
            }),
            r => Assert.That(((ProductPage)r).Meta!.Total, Is.EqualTo(75))),
        new("listCourses", HttpMethod.Get, Api + "/courses?page=1&per_page=15&with%5B%5D=offers&with%5B%5D=description&with%5B%5D=program", null,
            async c => await c.Courses.GetAsync(r =>
            {
                r.QueryParameters.With = [CourseWith.Offers, CourseWith.Description, CourseWith.Program];
                r.QueryParameters.PerPage = 15;
                r.QueryParameters.Page = 1;
            }),
            r =>
            {
                var course = ((CoursePage)r).Data![0];
                Assert.That(course.Type!.Type, Is.EqualTo("course"));
                Assert.That(course.Status!.Name, Is.EqualTo("Published"));
                Assert.That(course.Preview!.Thumbnails!.AdditionalData["xs"], Does.EndWith("image_13_thumb_150.jpeg"));
            }),
        new("listCourseUsers", HttpMethod.Get, Api + "/courses/20/users?include=lesson_progress,quiz_progress&per_page=20&progress_general_from=50&progress_general_to=100", null,
            async c => await c.Courses[20].Users.GetAsync(r =>
            {
                r.QueryParameters.ProgressGeneralFrom = 50;
                r.QueryParameters.ProgressGeneralTo = 100;
                r.QueryParameters.PerPage = 20;
                r.QueryParameters.Include = [CourseUsersInclude.Lesson_progress, CourseUsersInclude.Quiz_progress];
            }),
            r =>
            {
                var row = ((CourseUserPage)r).Data![0];
                Assert.That(row.User!.Email, Is.EqualTo("test@test.com"));
                Assert.That(row.CourseProgress!.CurrentLesson!.Number, Is.EqualTo("6"));
                Assert.That(row.CourseProgress.CurrentLesson.Module!.Number, Is.EqualTo("1"));
                Assert.That(row.Subscription!.CountAvailableDays, Is.EqualTo(661));
            }),
        new("queryCourseUsers", HttpMethod.Post, Api + "/courses/20/users/query",
            """{"include":["lesson_progress","quiz_progress"],"per_page":20,"progress_general_from":50,"progress_general_to":100}""",
            async c => await c.Courses[20].Users.Query.PostAsync(new CourseUsersQuery
            {
                ProgressGeneralFrom = 50,
                ProgressGeneralTo = 100,
                PerPage = 20,
                Include = [CourseUsersInclude.Lesson_progress, CourseUsersInclude.Quiz_progress],
            }),
            r => Assert.That(((CourseUserPage)r).Data![0].CoursePoints, Is.EqualTo(0))),
        new("listOffers", HttpMethod.Get, Api + "/offers?product_id=130", null,
            async c => await c.Offers.GetAsync(r => r.QueryParameters.ProductId = 130),
            r =>
            {
                var offer = ((OfferPage)r).Data![0];
                Assert.That(offer.Price!.Amount, Is.EqualTo(10.00m), "\"10.00\" on the wire");
                Assert.That(offer.PriceDiscounted!.Amount, Is.EqualTo(5m));
                Assert.That(offer.PriceType!.Name, Is.EqualTo("Платно"));
                Assert.That(offer.Discount!.EndType, Is.EqualTo("3"));
                Assert.That(offer.Discount.StartTimezone!.Name, Is.EqualTo("Europe/Kyiv"));
                Assert.That(offer.ValidityEnd!.DurationTypeId, Is.EqualTo(3));
                Assert.That(((OfferPage)r).Data![1].Discount, Is.Null);
            }),
        new("getOffer", HttpMethod.Get, Api + "/offers/1", null,
            async c => await c.Offers[1].GetAsync(),
            r => Assert.That(((OfferResponse)r).Data!.SalesLeft, Is.EqualTo(19))),
        new("listContactLists", HttpMethod.Get, Api + "/mailing/contact-lists?limit=15&page=1", null,
            async c => await c.Mailing.ContactLists.GetAsync(r =>
            {
                r.QueryParameters.Page = 1;
                r.QueryParameters.Limit = 15;
            }),
            r => Assert.That(((ContactListPage)r).Data![1].IsDefault, Is.True)),
        new("getContactList", HttpMethod.Get, Api + "/mailing/contact-lists/1", null,
            async c => await c.Mailing.ContactLists[1].GetAsync(),
            r =>
            {
                var list = ((ContactListResponse)r).Data!;
                Assert.That(list.Contacts![0].PhoneCountry, Is.EqualTo("UA"));
                Assert.That(list.Statistic!.CountContacts, Is.EqualTo(1));
            }),
        new("createContactList", HttpMethod.Post, Api + "/mailing/contact-lists", """{"description":"описание","title":"Название группы"}""",
            async c => await c.Mailing.ContactLists.PostAsync(new ContactListCreateRequest { Title = "Название группы", Description = "описание" }),
            r => Assert.That(((ContactListResponse)r).Data!.Id, Is.EqualTo(3))),
        new("addContactsToLists", HttpMethod.Post, Api + "/mailing/contact-lists/bulk-contacts", """{"contact_lists":[1],"contacts":[2]}""",
            async c => await c.Mailing.ContactLists.BulkContacts.PostAsync(new ContactListBulkContactsRequest { Contacts = [2], ContactLists = [1] }),
            r => Assert.That(((Success)r).SuccessProp, Is.True)),
        new("listCoupons", HttpMethod.Get, Api + "/coupons?filters%5Bdate_from%5D=2022-04-15&filters%5Bdate_to%5D=2022-04-27", null,
            async c => await c.Coupons.GetAsync(r =>
            {
                r.QueryParameters.FiltersdateFrom = "2022-04-15";
                r.QueryParameters.FiltersdateTo = "2022-04-27";
            }),
            r =>
            {
                var coupon = ((ExpertCouponPage)r).Data![0];
                Assert.That(coupon.User!.TagName, Is.EqualTo("TestUser"));
                Assert.That(coupon.IsDisposable, Is.False);
            }),
        new("getCoupon", HttpMethod.Get, Api + "/coupons/1", null,
            async c => await c.Coupons[1].GetAsync(),
            r => Assert.That(((ExpertCouponResponse)r).Data!.Code, Is.EqualTo("KwigaSMVT-MD"))),
        new("createCoupon", HttpMethod.Post, Api + "/coupons",
            """{"code":"MY-COUPON","reward":0,"timezone":{"id":375},"total_uses":0,"total_uses_per_user":0,"type_discount":{"id":"discount_with_percent"}}""",
            async c => await c.Coupons.PostAsync(new CouponCreateRequest
            {
                Code = "MY-COUPON",
                Reward = 0,
                TypeDiscount = new CouponDiscountTypeInput { Id = CouponDiscountType.Discount_with_percent },
                Timezone = new TimezoneReference { Id = 375 },
                TotalUses = 0,
                TotalUsesPerUser = 0,
            }),
            r =>
            {
                var coupon = ((ExpertCouponResponse)r).Data!;
                Assert.That(coupon.TypeDiscount!.Id, Is.EqualTo("discount_with_percent"));
                Assert.That(coupon.Currency, Is.Null);
            }),
        new("checkCoupon", HttpMethod.Post, Api + "/coupons/check", """{"code":"VAJ6-EA","price":65}""",
            async c => await c.Coupons.Check.PostAsync(new CouponCheckRequest { Code = "VAJ6-EA", Price = 65 }),
            r => Assert.That(((CouponCheckResponse)r).Data!.Discount, Is.EqualTo(6.5))),
        new("getCertificateByNumber", HttpMethod.Get, Api + "/certificates/by-number/1986-0001", null,
            async c => await c.Certificates.ByNumber["1986-0001"].GetAsync(),
            r => Assert.That(((CertificateResponse)r).Data!.CertificatebleTitle, Is.EqualTo("Test course"))),
        new("listTimezones", HttpMethod.Get, Api + "/timezones", null,
            async c => await c.Timezones.GetAsync(),
            r => Assert.That(((TimezoneList)r).Data![1].Name, Is.EqualTo("Europe/Tirane"))),
    ];
}
