using Kwiga.Generator.Drift;

namespace Kwiga.Generator.Tests.Drift;

public sealed class DocsPathTests
{
    [TestCase("/contacts/:contact/products", "/contacts/{contact}/products")]
    [TestCase("/contacts/{id}?with_certificates=1", "/contacts/{id}")]
    [TestCase("/mailing/contact-lists/", "/mailing/contact-lists")]
    [TestCase("", "/")]
    public void Normalises_placeholders_query_and_trailing_slash(string url, string expected) =>
        Assert.That(DocsPath.Split(url).Path, Is.EqualTo(expected));

    [Test]
    public void Query_names_become_dotted_like_body_paths() =>
        Assert.That(DocsPath.QueryParameterNames("filters[date_from]=1&with[]=a&with[]=b&page=2"),
            Is.EqualTo(new[] { "filters.date_from", "with", "page" }));
}
