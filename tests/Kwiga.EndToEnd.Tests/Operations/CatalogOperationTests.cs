using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.EndToEnd.Tests.Operations;

/// <summary>Products, courses with their participants, and offers: the seeded catalog, read only.</summary>
public sealed class CatalogOperationTests
{
    private KwigaClient _kwiga = null!;

    [OneTimeSetUp]
    public void CreateClient() => _kwiga = SandboxClient.For();

    [Test]
    [Operation("listProducts")]
    public async Task List_products_sorts_by_creation_date_as_asked()
    {
        var page = await _kwiga.Products.GetAsync(r =>
        {
            r.QueryParameters.SortBy = SortDirection.Asc;
            r.QueryParameters.PerPage = 20;
        });

        Assert.That(page!.Meta!.Total, Is.EqualTo(8), "4 course products and 4 others are seeded");
        Assert.That(page.Data, Has.Count.EqualTo(8));
        Assert.That(page.Data!.Select(p => p.Id), Is.EqualTo(new int?[] { 201, 202, 203, 204, 205, 206, 207, 208 }), "oldest first");
        Assert.That(page.Data![0].ProductableType, Is.EqualTo("course"));
    }

    [Test]
    [Operation("listCourses")]
    public async Task List_courses_adds_the_program_when_asked_with_with()
    {
        var page = await _kwiga.Courses.GetAsync(r =>
        {
            r.QueryParameters.With = [CourseWith.Program];
            r.QueryParameters.PerPage = 15;
        });

        var course = page!.Data!.Single(c => c.Id == 20);
        Assert.That(page.Data!.Select(c => c.Id), Is.EquivalentTo(new int?[] { 20, 21, 22, 23 }));
        Assert.That(course.Title, Is.EqualTo("Dripping"));
        Assert.That(course.Program, Is.Not.Empty, "with[]=program");
        Assert.That(page.Data!.Single(c => c.Id == 23).Status!.Name, Is.Not.EqualTo(course.Status!.Name), "course 23 is the unpublished one");
    }

    [Test]
    [Operation("listCourseUsers")]
    public async Task List_course_users_filters_by_progress_and_includes_lesson_progress()
    {
        var page = await _kwiga.Courses[20].Users.GetAsync(r =>
        {
            r.QueryParameters.ProgressGeneralFrom = 50;
            r.QueryParameters.PerPage = 20;
            r.QueryParameters.Include = [CourseUsersInclude.LessonProgress];
        });

        Assert.That(page!.Data, Is.Not.Empty);
        Assert.That(page.Meta!.Total, Is.LessThan(320), "the filter leaves part of the 320 participants");
        foreach (var user in page.Data!)
        {
            Assert.That(user.CourseProgress!.LessonsCompletionPercentage, Is.GreaterThanOrEqualTo(50));
            Assert.That(user.LessonProgress, Has.Count.EqualTo(user.CourseProgress.LessonsCountViewed), "one lesson_progress entry per viewed lesson");
        }
    }

    [Test]
    [Operation("queryCourseUsers")]
    public async Task Query_course_users_selects_participants_by_contact_ids_in_the_body()
    {
        var page = await _kwiga.Courses[20].Users.Query.PostAsync(new CourseUsersQuery
        {
            ContactIds = [1, 2, 3],
            Include = [CourseUsersInclude.CourseProgram],
        });

        Assert.That(page!.Data!.Select(u => u.Contact!.Id), Is.EquivalentTo(new int?[] { 1, 2, 3 }));
        Assert.That(page.Data!.Select(u => u.User!.Email), Has.All.Contains("@"));
        Assert.That(page.CourseProgram ?? page.CourseStructure, Is.Not.Empty, "include=course_program");
    }

    [Test]
    [Operation("listOffers")]
    public async Task List_offers_filters_by_product_and_reads_string_prices_as_numbers()
    {
        var page = await _kwiga.Offers.GetAsync(r => r.QueryParameters.ProductId = 202);

        Assert.That(page!.Data!.Select(o => o.Products!.Select(p => p.Id)), Has.All.Contains(202));
        var discounted = page.Data!.Single(o => o.Id == 102);
        Assert.That(discounted.Price!.Amount, Is.EqualTo(10m), "the sandbox sends \"10.00\", as KWIGA does");
        Assert.That(discounted.PriceDiscounted!.Amount, Is.EqualTo(5m));
    }

    [Test]
    [Operation("getOffer")]
    public async Task Get_offer_counts_the_sales_left_of_a_limited_offer()
    {
        var offer = (await _kwiga.Offers[106].GetAsync())!;

        Assert.That(offer.Id, Is.EqualTo(106));
        Assert.That(offer.LimitOfSales, Is.EqualTo(20));
        Assert.That(offer.PurchasesCount, Is.Not.Null);
        Assert.That(offer.SalesLeft, Is.EqualTo(Math.Max(0, 20 - offer.PurchasesCount!.Value)));
    }
}
