using System.Text.Json.Nodes;
using Kwiga.Generator.SdkView;
using Kwiga.Testing;

namespace Kwiga.Generator.Tests.SdkView;

/// <summary>The view Kiota generates from: the same wire, described the way the C# surface should read.</summary>
public class SdkViewBuilderTests
{
    [Test]
    public void A_nullable_union_keeps_nullable_so_a_generator_fed_the_view_accepts_the_wires_null()
    {
        var doc = JsonNode.Parse("""
            {"p":{"description":"Discount.","anyOf":[{"$ref":"#/components/schemas/OfferDiscount"},{"$ref":"#/components/schemas/JsonNull"}]}}
            """)!;

        UnionCollapser.Collapse(doc);

        Assert.That(doc["p"]!["nullable"]!.GetValue<bool>(), Is.True);
        Assert.That(doc["p"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/OfferDiscount"));
    }

    [Test]
    public void Enum_members_get_pascal_case_names_and_keep_their_wire_values()
    {
        var doc = Components("""{"Include":{"type":"string","enum":["course_program","lesson_progress","uk"]}}""");

        SdkViewBuilder.Build(doc);

        var values = doc["components"]!["schemas"]!["Include"]!["x-ms-enum"]!["values"]!.AsArray();
        Assert.That(values.Select(v => v!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "CourseProgram", "LessonProgress", "Uk" }));
        Assert.That(values.Select(v => v!["value"]!.GetValue<string>()), Is.EqualTo(new[] { "course_program", "lesson_progress", "uk" }));
    }

    [Test]
    public void An_inline_object_becomes_a_component_named_after_its_parent_and_property()
    {
        var doc = Components("""
            {"ContactField":{"type":"object","properties":{"name_order_type":{"type":"object","description":"Order. Conditional: x.",
              "x-kwiga-conditional":"x","nullable":true,"properties":{"id":{"type":"integer"}}}}},
             "CourseProgress":{"type":"object","properties":{"checkpoints":{"type":"array","items":{"type":"object","properties":{"id":{"type":"integer"}}}}}}}
            """);

        var report = SdkViewBuilder.Build(doc);

        var schemas = doc["components"]!["schemas"]!;
        var use = schemas["ContactField"]!["properties"]!["name_order_type"]!;
        Assert.That(report.Promoted, Is.EquivalentTo(new[] { "ContactFieldNameOrderType", "CourseProgressCheckpointsItem" }));
        Assert.That(use["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/ContactFieldNameOrderType"));
        Assert.That(use["x-kwiga-conditional"]!.GetValue<string>(), Is.EqualTo("x"), "what describes the use stays on the property");
        Assert.That(use["nullable"]!.GetValue<bool>(), Is.True);
        Assert.That(schemas["ContactFieldNameOrderType"]!["properties"]!["id"], Is.Not.Null, "the shape moves into the component");
        Assert.That(schemas["CourseProgress"]!["properties"]!["checkpoints"]!["items"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/CourseProgressCheckpointsItem"));
    }

    [Test]
    public void A_component_with_an_sdk_name_is_renamed_with_every_reference_to_it()
    {
        var doc = JsonNode.Parse("""
            {"paths":{"/t":{"post":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Success"}}}}}}}},
             "components":{"schemas":{"Success":{"type":"object","x-kwiga-sdk-name":"Confirmation","properties":{"success":{"type":"boolean"}}},
               "Holder":{"type":"object","properties":{"s":{"x-kwiga-sdk-type":"Success","anyOf":[{"$ref":"#/components/schemas/Success"},{"type":"string"}]}}}}}}
            """)!;

        var report = SdkViewBuilder.Build(doc);

        Assert.That(report.Renamed["Success"], Is.EqualTo("Confirmation"));
        Assert.That(doc.ToJsonString(), Does.Not.Contain("schemas/Success\"").And.Contain("schemas/Confirmation"));
        Assert.That(doc["components"]!["schemas"]!["Holder"]!["properties"]!["s"]!["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/Confirmation"));
    }

    [Test]
    public void A_property_that_would_take_its_class_name_is_refused_with_the_fix()
    {
        var doc = Components("""{"Success":{"type":"object","properties":{"success":{"type":"boolean"}}}}""");

        var error = Assert.Throws<InvalidOperationException>(() => SdkViewBuilder.Build(doc));

        Assert.That(error!.Message, Does.Contain("SuccessProp").And.Contain("x-kwiga-sdk-name"));
    }

    [Test]
    public void Sdk_type_and_format_retype_a_plain_schema_and_leave_the_wire_name()
    {
        var doc = JsonNode.Parse("""
            {"paths":{"/c":{"get":{"parameters":[
              {"name":"filters[is_active]","in":"query","schema":{"type":"integer","enum":[0,1],"x-kwiga-sdk-type":"boolean"}},
              {"name":"filters[date_from]","in":"query","schema":{"type":"string","x-kwiga-sdk-format":"date"}}]}}}}
            """)!;

        SdkViewBuilder.Build(doc);

        var parameters = doc["paths"]!["/c"]!["get"]!["parameters"]!;
        Assert.That(parameters[0]!["schema"]!.ToJsonString(), Is.EqualTo("""{"type":"boolean","x-kwiga-sdk-type":"boolean"}"""));
        Assert.That(parameters[1]!["schema"]!["format"]!.GetValue<string>(), Is.EqualTo("date"));
        Assert.That(parameters[0]!["name"]!.GetValue<string>(), Is.EqualTo("filters[is_active]"));
    }

    [TestCase("""{"type":"string","x-kwiga-sdk-format":"time"}""")]
    [TestCase("""{"type":"integer","x-kwiga-sdk-format":"date"}""")]
    [TestCase("""{"type":"integer","x-kwiga-sdk-type":"Contact"}""")]
    public void An_sdk_type_or_format_the_view_cannot_apply_is_refused(string schema)
    {
        var doc = JsonNode.Parse($$$"""{"p":{{{schema}}}}""")!;

        Assert.Throws<InvalidOperationException>(() => SdkViewBuilder.Build(doc));
    }

    [Test]
    public void The_real_contract_builds_a_view_without_generated_code_marks()
    {
        var contract = Kwiga.Generator.Contracts.ContractDocument.Load(RepositoryRoot.File("openapi/kwiga.yaml"));
        var view = contract.Raw.DeepClone();

        var report = SdkViewBuilder.Build(view);

        Assert.That(report.Unions, Is.GreaterThanOrEqualTo(20));
        Assert.That(report.Renamed, Contains.Key("Success").And.ContainKey("AffectedSubscriptions"));
        Assert.That(report.Promoted, Has.Count.GreaterThanOrEqualTo(7));
        Assert.That(view.ToJsonString(), Does.Not.Contain("\"anyOf\""));
    }

    private static JsonNode Components(string schemas) => JsonNode.Parse($$$"""{"components":{"schemas":{{{schemas}}}}}""")!;

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
