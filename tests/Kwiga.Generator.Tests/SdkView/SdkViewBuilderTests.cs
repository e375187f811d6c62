using System.Text.Json.Nodes;
using Kwiga.Generator.SdkView;
using Kwiga.Testing;

namespace Kwiga.Generator.Tests.SdkView;

/// <summary>The view Kiota generates from: each wire union becomes the branch the SDK exposes.</summary>
public class SdkViewBuilderTests
{
    [Test]
    public void A_primitive_union_becomes_the_named_primitive_and_keeps_its_notes()
    {
        var doc = JsonNode.Parse("""
            {"components":{"schemas":{"Order":{"type":"object","properties":{"paid_status":{
              "description":"Payment status.","x-kwiga-sdk-type":"string",
              "anyOf":[{"type":"integer"},{"type":"string","nullable":true}]}}}}}}
            """)!;

        Assert.That(UnionCollapser.Collapse(doc), Is.EqualTo(1));

        var property = doc["components"]!["schemas"]!["Order"]!["properties"]!["paid_status"]!;
        Assert.That(property["anyOf"], Is.Null);
        Assert.That(property["type"]!.GetValue<string>(), Is.EqualTo("string"), "the named branch, not the first one");
        Assert.That(property["nullable"]!.GetValue<bool>(), Is.True);
        Assert.That(property["description"]!.GetValue<string>(), Is.EqualTo("Payment status."));
    }

    [Test]
    public void A_reference_branch_becomes_a_single_allOf_so_kiota_uses_the_component()
    {
        var doc = JsonNode.Parse("""
            {"p":{"x-kwiga-sdk-type":"NamedValue","anyOf":[{"type":"string"},{"$ref":"#/components/schemas/NamedValue"}]}}
            """)!;

        UnionCollapser.Collapse(doc);

        Assert.That(doc["p"]!["allOf"]!.ToJsonString(), Is.EqualTo("""[{"$ref":"#/components/schemas/NamedValue"}]"""));
    }

    [Test]
    public void A_nullable_reference_needs_no_name()
    {
        var doc = JsonNode.Parse("""
            {"p":{"anyOf":[{"$ref":"#/components/schemas/JsonNull"},{"$ref":"#/components/schemas/Currency"}]}}
            """)!;

        UnionCollapser.Collapse(doc);

        Assert.That(doc["p"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/Currency"));
    }

    [TestCase("""{"p":{"anyOf":[{"type":"string"},{"type":"integer"}]}}""")]
    [TestCase("""{"p":{"x-kwiga-sdk-type":"boolean","anyOf":[{"type":"string"},{"type":"integer"}]}}""")]
    public void A_union_that_does_not_name_one_of_its_branches_is_refused(string json)
    {
        var error = Assert.Throws<InvalidOperationException>(() => UnionCollapser.Collapse(JsonNode.Parse(json)!));

        Assert.That(error!.Message, Does.Contain("#/p").And.Contain("x-kwiga-sdk-type"));
    }

    [Test]
    public void Examples_are_left_alone()
    {
        var doc = JsonNode.Parse("""{"example":{"anyOf":[1,2]},"examples":{"a":{"value":{"anyOf":"x"}}}}""")!;

        Assert.That(UnionCollapser.Collapse(doc), Is.Zero);
        Assert.That(doc["example"]!["anyOf"], Is.Not.Null);
    }

    [Test]
    public void The_real_contract_collapses_every_union_and_keeps_nothing_kiota_would_wrap()
    {
        var contract = Kwiga.Generator.Contracts.ContractDocument.Load(RepositoryRoot.File("openapi/kwiga.yaml"));
        var view = contract.Raw.DeepClone();

        Assert.That(UnionCollapser.Collapse(view), Is.GreaterThanOrEqualTo(20));
        Assert.That(view.ToJsonString(), Does.Not.Contain("\"anyOf\""));
    }
}
