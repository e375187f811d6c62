using Kwiga.Sdk.Testing;

namespace Kwiga.Sdk.Testing.Tests;

/// <summary>The package promises the Kwiga.Sdk.Testing namespace and nothing else: the engine and the NSwag output stay internal.</summary>
public class PublicSurfaceTests
{
    private static readonly string[] Promised =
    [
        "FaultBuilder", "KwigaSandbox", "KwigaSandboxOptions", "NewContact", "NewCoupon", "NewCourse", "NewOffer",
        "NewParticipant", "RecordedRequest", "RequestLog", "SandboxData", "SandboxFault", "SandboxFaults",
    ];

    [Test]
    public void Only_the_promised_types_of_one_namespace_are_public()
    {
        var exported = typeof(KwigaSandbox).Assembly.GetExportedTypes();

        Assert.Multiple(() =>
        {
            Assert.That(exported.Where(t => t.Namespace != "Kwiga.Sdk.Testing").Select(t => t.FullName), Is.Empty, "public types outside Kwiga.Sdk.Testing");
            Assert.That(exported.Select(t => t.Name).Order(StringComparer.Ordinal), Is.EqualTo(Promised));
        });
    }

    [Test]
    public void The_generated_controllers_and_models_are_compiled_in_as_internal_types()
    {
        var types = typeof(KwigaSandbox).Assembly.GetTypes();
        var generated = types.Where(t => t.Namespace == "Kwiga.Sandbox.Contract").ToList();

        Assert.That(generated, Has.Count.GreaterThan(50));
        Assert.That(generated.Where(t => t.IsPublic || t.IsNestedPublic && t.DeclaringType!.IsPublic), Is.Empty);
        Assert.That(generated.Select(t => t.Name), Does.Contain("ContactsController"));
    }

    [Test]
    public void Every_public_member_has_xml_docs()
    {
        var docs = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(KwigaSandbox).Assembly.Location, ".xml"));
        var documented = docs.Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var missing = typeof(KwigaSandbox).Assembly.GetExportedTypes()
            .Where(t => !documented.Contains("T:" + t.FullName))
            .Select(t => t.FullName)
            .ToList();

        Assert.That(missing, Is.Empty);
    }
}
