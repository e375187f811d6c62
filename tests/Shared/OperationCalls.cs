using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.Testing;

/// <summary>
/// Every documented operation, called the way a user would, with the request the docs' curl example
/// sends: the exact URL and JSON body that must go on the wire. No test framework here, so that both
/// the test projects (which add checks of the typed results, <c>OperationCatalog</c>) and the trimmed
/// application (<c>tests/Kwiga.Sdk.TrimTests</c>) can use it.
/// </summary>
internal static class OperationCalls
{
    private const string Api = "https://api.kwiga.com";

    public static IReadOnlyList<OperationCall> All { get; } =
    [
        new("listContacts", HttpMethod.Get, Api + "/contacts?filters%5Bdate_from%5D=2022-04-27&filters%5Bsearch%5D=example.com&page=1&per_page=15&with_offers=1",
            null,
            async c => await c.Contacts.GetAsync(r =>
            {
                r.QueryParameters.Page = 1;
                r.QueryParameters.PerPage = 15;
                r.QueryParameters.DateFrom = new DateOnly(2022, 4, 27);
                r.QueryParameters.Search = "example.com";
                r.QueryParameters.WithOffers = true;
            })),
        new("queryContacts", HttpMethod.Post, Api + "/contacts/query",
            """{"filters":{"date_from":"2022-04-27","search":"example.com"},"page":1,"per_page":15,"with_offers":true}""",
            async c => await c.Contacts.Query.PostAsync(new ContactsQuery
            {
                Page = 1,
                PerPage = 15,
                Filters = new ContactsFilters { DateFrom = new DateOnly(2022, 4, 27), Search = "example.com" },
                WithOffers = true,
            })),
        new("getContact", HttpMethod.Get, Api + "/contacts/132?with_certificates=1", null,
            async c => await c.Contacts[132].GetAsync(r => r.QueryParameters.WithCertificates = true),
            async c => await c.Contacts[132].GetEnvelopeAsync(r => r.QueryParameters.WithCertificates = true)),
        new("createContact", HttpMethod.Post, Api + "/contacts",
            """{"additional_fields":[{"field_id":17,"value":"this is test value"}],"email":"bond@example.com","first_name":"James","last_name":"Bond","manager_ids":[264,288],"phone":"+380931234567","send_activation_email":true}""",
            async c => await c.Contacts.PostAsync(NewContact()),
            async c => await c.Contacts.PostEnvelopeAsync(NewContact())),
        new("addContactPurchase", HttpMethod.Post, Api + "/contacts/purchases",
            """{"additional_fields":[{"field_id":17,"value":"this is test value"}],"email":"bond@example.com","first_name":"James","last_name":"Bond","offer_id":18,"phone":"+380931234567","send_activation_email":true}""",
            async c => await c.Contacts.Purchases.PostAsync(NewPurchase()),
            async c => await c.Contacts.Purchases.PostEnvelopeAsync(NewPurchase())),
        new("updateContact", HttpMethod.Put, Api + "/contacts/132",
            """{"email":"bond123@example.com","first_name":"John","last_name":"Black","phone":"+380931112233","tags":["test-tag"]}""",
            async c => await c.Contacts[132].PutAsync(ContactUpdate()),
            async c => await c.Contacts[132].PutEnvelopeAsync(ContactUpdate())),
        new("addContactTags", HttpMethod.Post, Api + "/contacts/tags", """{"contact_ids":[23698],"tags":["test-tag"]}""",
            async c => await c.Contacts.Tags.PostAsync(new ContactTagsRequest { ContactIds = [23698], Tags = ["test-tag"] })),
        new("removeContactTags", HttpMethod.Delete, Api + "/contacts/tags", """{"contact_ids":[23698],"tags":["test-tag"]}""",
            async c => await c.Contacts.Tags.DeleteAsync(new ContactTagsRequest { ContactIds = [23698], Tags = ["test-tag"] })),
        new("listContactProducts", HttpMethod.Get, Api + "/contacts/125/products", null,
            async c => await c.Contacts[125].Products.GetAsync()),
        new("removeContactProduct", HttpMethod.Delete, Api + "/contacts/125/products/299", null,
            async c => await c.Contacts[125].Products[299].DeleteAsync()),
        new("removeContactProducts", HttpMethod.Delete, Api + "/contacts/products", """{"email":"user@example.com","offers":[421],"product_id":299}""",
            async c => await c.Contacts.Products.DeleteAsync(new ContactProductsRemoveRequest { Email = "user@example.com", ProductId = 299, Offers = [421] })),
        new("listProducts", HttpMethod.Get, Api + "/products?page=1&per_page=20&sort_by=asc", null,
            async c => await c.Products.GetAsync(r =>
            {
                r.QueryParameters.PerPage = 20;
                r.QueryParameters.Page = 1;
                r.QueryParameters.SortBy = SortDirection.Asc;
            })),
        new("listCourses", HttpMethod.Get, Api + "/courses?page=1&per_page=15&with%5B%5D=offers&with%5B%5D=description&with%5B%5D=program", null,
            async c => await c.Courses.GetAsync(r =>
            {
                r.QueryParameters.With = [CourseWith.Offers, CourseWith.Description, CourseWith.Program];
                r.QueryParameters.PerPage = 15;
                r.QueryParameters.Page = 1;
            })),
        new("listCourseUsers", HttpMethod.Get, Api + "/courses/20/users?include=lesson_progress,quiz_progress&per_page=20&progress_general_from=50&progress_general_to=100", null,
            async c => await c.Courses[20].Users.GetAsync(r =>
            {
                r.QueryParameters.ProgressGeneralFrom = 50;
                r.QueryParameters.ProgressGeneralTo = 100;
                r.QueryParameters.PerPage = 20;
                r.QueryParameters.Include = [CourseUsersInclude.LessonProgress, CourseUsersInclude.QuizProgress];
            })),
        new("queryCourseUsers", HttpMethod.Post, Api + "/courses/20/users/query",
            """{"include":["lesson_progress","quiz_progress"],"per_page":20,"progress_general_from":50,"progress_general_to":100}""",
            async c => await c.Courses[20].Users.Query.PostAsync(new CourseUsersQuery
            {
                ProgressGeneralFrom = 50,
                ProgressGeneralTo = 100,
                PerPage = 20,
                Include = [CourseUsersInclude.LessonProgress, CourseUsersInclude.QuizProgress],
            })),
        new("listOffers", HttpMethod.Get, Api + "/offers?product_id=130", null,
            async c => await c.Offers.GetAsync(r => r.QueryParameters.ProductId = 130)),
        new("getOffer", HttpMethod.Get, Api + "/offers/1", null,
            async c => await c.Offers[1].GetAsync(),
            async c => await c.Offers[1].GetEnvelopeAsync()),
        new("listContactLists", HttpMethod.Get, Api + "/mailing/contact-lists?limit=15&page=1", null,
            async c => await c.Mailing.ContactLists.GetAsync(r =>
            {
                r.QueryParameters.Page = 1;
                r.QueryParameters.Limit = 15;
            })),
        new("getContactList", HttpMethod.Get, Api + "/mailing/contact-lists/1", null,
            async c => await c.Mailing.ContactLists[1].GetAsync(),
            async c => await c.Mailing.ContactLists[1].GetEnvelopeAsync()),
        new("createContactList", HttpMethod.Post, Api + "/mailing/contact-lists", """{"description":"описание","title":"Название группы"}""",
            async c => await c.Mailing.ContactLists.PostAsync(new ContactListCreateRequest { Title = "Название группы", Description = "описание" }),
            async c => await c.Mailing.ContactLists.PostEnvelopeAsync(new ContactListCreateRequest { Title = "Название группы", Description = "описание" })),
        new("addContactsToLists", HttpMethod.Post, Api + "/mailing/contact-lists/bulk-contacts", """{"contact_lists":[1],"contacts":[2]}""",
            async c => await c.Mailing.ContactLists.BulkContacts.PostAsync(new ContactListBulkContactsRequest { Contacts = [2], ContactLists = [1] })),
        new("listCoupons", HttpMethod.Get, Api + "/coupons?filters%5Bdate_from%5D=2022-04-15&filters%5Bdate_to%5D=2022-04-27", null,
            async c => await c.Coupons.GetAsync(r =>
            {
                r.QueryParameters.DateFrom = new DateOnly(2022, 4, 15);
                r.QueryParameters.DateTo = new DateOnly(2022, 4, 27);
            })),
        new("getCoupon", HttpMethod.Get, Api + "/coupons/1", null,
            async c => await c.Coupons[1].GetAsync(),
            async c => await c.Coupons[1].GetEnvelopeAsync()),
        new("createCoupon", HttpMethod.Post, Api + "/coupons",
            """{"code":"MY-COUPON","reward":0,"timezone":{"id":375},"total_uses":0,"total_uses_per_user":0,"type_discount":{"id":"discount_with_percent"}}""",
            async c => await c.Coupons.PostAsync(NewCoupon()),
            async c => await c.Coupons.PostEnvelopeAsync(NewCoupon())),
        new("checkCoupon", HttpMethod.Post, Api + "/coupons/check", """{"code":"VAJ6-EA","price":65}""",
            async c => await c.Coupons.Check.PostAsync(new CouponCheckRequest { Code = "VAJ6-EA", Price = 65 }),
            async c => await c.Coupons.Check.PostEnvelopeAsync(new CouponCheckRequest { Code = "VAJ6-EA", Price = 65 })),
        new("getCertificateByNumber", HttpMethod.Get, Api + "/certificates/by-number/1986-0001", null,
            async c => await c.Certificates.ByNumber["1986-0001"].GetAsync(),
            async c => await c.Certificates.ByNumber["1986-0001"].GetEnvelopeAsync()),
        new("listTimezones", HttpMethod.Get, Api + "/timezones", null,
            async c => await c.Timezones.GetAsync()),
    ];

    private static ContactCreateRequest NewContact() => new()
    {
        FirstName = "James",
        LastName = "Bond",
        Email = "bond@example.com",
        SendActivationEmail = true,
        Phone = "+380931234567",
        ManagerIds = [264, 288],
        AdditionalFields = [new ContactAdditionalFieldInput { FieldId = 17, Value = "this is test value" }],
    };

    private static PurchaseCreateRequest NewPurchase() => new()
    {
        FirstName = "James",
        LastName = "Bond",
        Email = "bond@example.com",
        SendActivationEmail = true,
        Phone = "+380931234567",
        OfferId = 18,
        AdditionalFields = [new ContactAdditionalFieldInput { FieldId = 17, Value = "this is test value" }],
    };

    private static ContactUpdateRequest ContactUpdate() => new()
    {
        FirstName = "John",
        LastName = "Black",
        Email = "bond123@example.com",
        Phone = "+380931112233",
        Tags = ["test-tag"],
    };

    private static CouponCreateRequest NewCoupon() => new()
    {
        Code = "MY-COUPON",
        Reward = 0,
        TypeDiscount = new CouponDiscountTypeInput { Id = CouponDiscountType.DiscountWithPercent },
        Timezone = new TimezoneReference { Id = 375 },
        TotalUses = 0,
        TotalUsesPerUser = 0,
    };
}
