using System.Net;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

public sealed class CourseUserTests
{
    private static HttpClient Client => SharedSandbox.Client;

    [Test]
    public async Task Progress_range_filters_on_the_general_progress()
    {
        var all = await Client.GetJsonAsync("courses/20/users?per_page=250&page=1");
        var page = await Client.GetJsonAsync("courses/20/users?per_page=250&progress_general_from=50&progress_general_to=80");
        var progress = page["data"]!.AsArray().Select(u => (double)u!["course_progress"]!["lessons_completion_percentage"]!).ToList();

        Assert.That(progress, Is.Not.Empty.And.All.InRange(50, 80));
        Assert.That((int)page["meta"]!["total"]!, Is.LessThan((int)all["meta"]!["total"]!));
    }

    [Test]
    public async Task Contact_ids_and_search_select_participants()
    {
        var byIds = await Client.GetJsonAsync("courses/20/users?contact_ids%5B%5D=3&contact_ids%5B%5D=4");
        Assert.That(byIds["data"]!.AsArray().Select(u => (int)u!["contact"]!["id"]!), Is.EquivalentTo(new[] { 3, 4 }));

        var email = (string)byIds["data"]![0]!["user"]!["email"]!;
        var bySearch = await Client.GetJsonAsync($"courses/20/users?search={Uri.EscapeDataString(email)}");
        Assert.That(bySearch["data"]!.AsArray().Select(u => (string)u!["user"]!["email"]!), Is.EqualTo(new[] { email }));
    }

    [Test]
    public async Task Include_binds_from_the_comma_form_and_adds_only_the_named_sections()
    {
        var page = await Client.GetJsonAsync("courses/20/users?per_page=3&include=lesson_progress,course_program");
        var row = page["data"]![0]!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(row.ContainsKey("lesson_progress"), Is.True);
            Assert.That(row.ContainsKey("quiz_progress"), Is.False);
            Assert.That(row.ContainsKey("module_progress"), Is.False);
            Assert.That(page["course_program"]!.AsArray(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task An_unknown_include_is_a_422()
    {
        var body = await Client.GetJsonAsync("courses/20/users?include=lesson_progress,grades", HttpStatusCode.UnprocessableEntity);

        Assert.That(body["errors"]!.AsObject().ContainsKey("include"), Is.True);
    }

    [Test]
    public async Task A_progress_bound_outside_0_to_99_is_a_422()
    {
        var body = await Client.GetJsonAsync("courses/20/users?progress_general_from=100", HttpStatusCode.UnprocessableEntity);

        Assert.That((string?)body["message"], Is.EqualTo("The progress general from field must not be greater than 99."));
    }

    [Test]
    public async Task The_post_alias_takes_the_same_parameters_in_the_body_and_the_body_wins()
    {
        var body = await Client.SendJsonAsync(HttpMethod.Post, "courses/20/users/query?per_page=100&include=quiz_progress",
            """{"per_page": 7, "progress_general_from": 99, "include": ["module_progress"]}""");
        var rows = body["data"]!.AsArray();

        Assert.That((int)body["meta"]!["per_page"]!, Is.EqualTo(7));
        Assert.That(rows.Select(r => (double)r!["course_progress"]!["lessons_completion_percentage"]!), Has.All.EqualTo(100));
        Assert.That(rows.All(r => r!.AsObject().ContainsKey("module_progress") && !r.AsObject().ContainsKey("quiz_progress")), Is.True);
    }
}
