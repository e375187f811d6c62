using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.TrimTests;

/// <summary>
/// The operations the trimmed application calls: together they use every kind of request part
/// (filters, integer, boolean and enum-list query values, path values, JSON bodies for POST, PUT and
/// DELETE) and the docs' largest and oddest responses (course users with every include, purchases
/// with numbers sent as text, PHP's [] for maps). The URLs and bodies are the docs' curl examples
/// (the same as tests/Kwiga.Sdk.Tests/Support/OperationCatalog.cs).
/// </summary>
internal static class TrimCases
{
    public static IReadOnlyList<TrimCase> All { get; } =
    [
        new("listContacts", HttpMethod.Get, "/contacts?filters%5Bdate_from%5D=2022-04-27&filters%5Bsearch%5D=example.com&page=1&per_page=15&with_offers=1", null,
            async c => await c.Contacts.GetAsync(r =>
            {
                r.QueryParameters.Page = 1;
                r.QueryParameters.PerPage = 15;
                r.QueryParameters.FiltersdateFrom = "2022-04-27";
                r.QueryParameters.Filterssearch = "example.com";
                r.QueryParameters.WithOffers = true;
            })),
        new("getContact", HttpMethod.Get, "/contacts/132?with_certificates=1", null,
            async c => await c.Contacts[132].GetAsync(r => r.QueryParameters.WithCertificates = true)),
        new("addContactPurchase", HttpMethod.Post, "/contacts/purchases",
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
            })),
        new("updateContact", HttpMethod.Put, "/contacts/132",
            """{"email":"bond123@example.com","first_name":"John","last_name":"Black","phone":"+380931112233","tags":["test-tag"]}""",
            async c => await c.Contacts[132].PutAsync(new ContactUpdateRequest
            {
                FirstName = "John",
                LastName = "Black",
                Email = "bond123@example.com",
                Phone = "+380931112233",
                Tags = ["test-tag"],
            })),
        new("removeContactProducts", HttpMethod.Delete, "/contacts/products", """{"email":"user@example.com","offers":[421],"product_id":299}""",
            async c => await c.Contacts.Products.DeleteAsync(new ContactProductsRemoveRequest { Email = "user@example.com", ProductId = 299, Offers = [421] })),
        new("listCourseUsers", HttpMethod.Get, "/courses/20/users?include=lesson_progress,quiz_progress&per_page=20&progress_general_from=50&progress_general_to=100", null,
            async c => await c.Courses[20].Users.GetAsync(r =>
            {
                r.QueryParameters.ProgressGeneralFrom = 50;
                r.QueryParameters.ProgressGeneralTo = 100;
                r.QueryParameters.PerPage = 20;
                r.QueryParameters.Include = [CourseUsersInclude.Lesson_progress, CourseUsersInclude.Quiz_progress];
            })),
        new("queryCourseUsers", HttpMethod.Post, "/courses/20/users/query",
            """{"include":["lesson_progress","quiz_progress"],"per_page":20,"progress_general_from":50,"progress_general_to":100}""",
            async c => await c.Courses[20].Users.Query.PostAsync(new CourseUsersQuery
            {
                ProgressGeneralFrom = 50,
                ProgressGeneralTo = 100,
                PerPage = 20,
                Include = [CourseUsersInclude.Lesson_progress, CourseUsersInclude.Quiz_progress],
            })),
        new("listOffers", HttpMethod.Get, "/offers?product_id=130", null,
            async c => await c.Offers.GetAsync(r => r.QueryParameters.ProductId = 130)),
    ];
}
