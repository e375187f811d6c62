using Kwiga.Generator.Drift;

namespace Kwiga.Generator.Tests.Drift;

/// <summary>The real docs dump (shared/seed, beside the repository) parses into the 27 documented operations.</summary>
public sealed class SeedDocsTests
{
    private static readonly string[] DocumentedOperations =
    [
        "GET /contacts",
        "POST /contacts/query",
        "GET /contacts/{id}",
        "POST /contacts",
        "POST /contacts/purchases",
        "PUT /contacts/{id}",
        "POST /contacts/tags",
        "DELETE /contacts/tags",
        "GET /contacts/{contact}/products",
        "DELETE /contacts/{contact}/products/{product}",
        "DELETE /contacts/products",
        "GET /products",
        "GET /courses",
        "GET /courses/{course}/users",
        "POST /courses/{course}/users/query",
        "GET /offers",
        "GET /offers/{id}",
        "GET /mailing/contact-lists",
        "GET /mailing/contact-lists/{id}",
        "POST /mailing/contact-lists",
        "POST /mailing/contact-lists/bulk-contacts",
        "GET /coupons",
        "GET /coupons/{id}",
        "POST /coupons",
        "POST /coupons/check",
        "GET /certificates/by-number/{number}",
        "GET /timezones",
    ];

    private DocsModel _docs = null!;

    [OneTimeSetUp]
    public void ParseSeed()
    {
        var seed = TestData.FindSeed();
        if (seed is null)
        {
            Assert.Ignore($"shared/seed/{TestData.SeedFileName} not found above {AppContext.BaseDirectory}; " +
                          "the docs dump lives in the shared folder beside the repository (../shared/seed).");
        }

        _docs = DocsParser.ParseFile(seed!);
    }

    [Test]
    public void Finds_the_27_documented_operations()
    {
        Assert.That(_docs.Operations.Select(o => o.ToString()), Is.EquivalentTo(DocumentedOperations));
    }

    [Test]
    public void Post_aliases_mirror_their_get_and_inherit_its_parameter_table()
    {
        var alias = _docs.Operations.Single(o => o.ToString() == "POST /contacts/query");

        Assert.Multiple(() =>
        {
            Assert.That(alias.AliasOf?.ToString(), Is.EqualTo("GET /contacts"));
            Assert.That(alias.Parameters.Select(p => p.Name), Does.Contain("filters.date_from").And.Contain("with_orders"));
            Assert.That(alias.Parameters.Select(p => p.Source), Is.All.EqualTo(DocParameterSource.Alias));
        });
    }

    [Test]
    public void Filter_rows_nest_under_filters_until_the_blank_line()
    {
        var list = _docs.Operations.Single(o => o.ToString() == "GET /contacts");
        var table = list.Parameters.Where(p => p.Source == DocParameterSource.Table).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(table.Single(p => p.Leaf == "date_from").Name, Is.EqualTo("filters.date_from"));
            Assert.That(table.Single(p => p.Leaf == "date_from").ParentInferred, Is.True);
            Assert.That(table.Single(p => p.Leaf == "with_orders").Name, Is.EqualTo("with_orders"));
            Assert.That(table.Single(p => p.Leaf == "per_page").Name, Is.EqualTo("per_page"));
        });
    }

    [Test]
    public void Curl_query_strings_are_read_as_example_parameters()
    {
        var list = _docs.Operations.Single(o => o.ToString() == "GET /contacts");

        Assert.That(list.Parameters.Where(p => p.Source == DocParameterSource.Example).Select(p => p.Name),
            Is.EquivalentTo(new[] { "page", "per_page", "filters.date_from", "filters.search", "with_offers" }));
    }

    [Test]
    public void Dotted_body_names_are_kept_as_written()
    {
        var create = _docs.Operations.Single(o => o.ToString() == "POST /coupons");

        Assert.That(create.Parameters.Select(p => p.Name), Does.Contain("type_discount.id").And.Contain("timezone.id"));
    }

    [Test]
    public void Schema_section_keeps_named_fields_and_marks_lost_names()
    {
        var contact = _docs.Schemas.Single(s => s.Name == "Contact");

        Assert.Multiple(() =>
        {
            Assert.That(contact.Fields.Where(f => f.IsNamed).Select(f => f.Name),
                Is.EqualTo(new[]
                {
                    "id", "user_id", "email", "first_name", "middle_name", "last_name", "name", "phone", "crm_link",
                    "created_at", "tags", "last_activity_at", "first_visit", "utm", "utm_visits", "offers", "orders",
                }));
            Assert.That(contact.Fields.Count(f => !f.IsNamed), Is.EqualTo(2), "additional fields and certificates lost their names");
            Assert.That(contact.Fields.Single(f => f.Name == "tags").Conditional, Is.True);
            Assert.That(contact.Fields.Single(f => f.Name == "user_id").Nullable, Is.True);
        });
    }

    [Test]
    public void Schema_blocks_whose_heading_was_lost_are_kept_without_a_name()
    {
        var headless = _docs.Schemas.Where(s => s.Name is null).Select(s => string.Join(",", s.Fields.Select(f => f.Name)));

        Assert.That(headless, Is.EquivalentTo(new[] { "first,last,prev,next", "url,label,active" }));
    }

    [Test]
    public void Group_titles_are_not_schemas()
    {
        var names = _docs.Schemas.Select(s => s.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("EmailCampaign").And.Contain("PaginationMeta").And.Contain("Enum"));
            Assert.That(names, Does.Not.Contain("Email"));
        });
    }
}
