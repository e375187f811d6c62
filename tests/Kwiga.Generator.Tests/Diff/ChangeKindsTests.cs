using Kwiga.Generator.Diff;

namespace Kwiga.Generator.Tests.Diff;

public sealed class ChangeKindsTests
{
    [Test]
    public void Every_kind_says_who_breaks()
    {
        Assert.That(ChangeKinds.All.Where(k => string.IsNullOrWhiteSpace(k.WhoBreaks)).Select(k => k.Id), Is.Empty);
    }

    [Test]
    public void Kind_ids_are_unique()
    {
        Assert.That(ChangeKinds.All.Select(k => k.Id), Is.Unique);
    }

    [Test]
    public void OperationId_changes_are_not_breaking_because_Kiota_ignores_them()
    {
        Assert.That(ChangeKinds.Get("operation-id-changed").DefaultClass, Is.EqualTo(ChangeClass.NonBreaking));
    }

    [Test]
    public void A_new_enum_value_breaks_responses_but_not_requests()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ChangeKinds.Get("response-property-enum-value-added").DefaultClass, Is.EqualTo(ChangeClass.WireBreaking));
            Assert.That(ChangeKinds.Get("request-property-enum-value-added").DefaultClass, Is.EqualTo(ChangeClass.NonBreaking));
        });
    }

    [Test]
    public void Unknown_kind_ids_are_rejected()
    {
        Assert.Throws<KeyNotFoundException>(() => ChangeKinds.Get("no-such-kind"));
    }
}
