using System.Text.Json.Nodes;
using Json.Schema;
using static Kwiga.Contract.Tests.ContractJson;

namespace Kwiga.Contract.Tests;

/// <summary>Every example in the contract must validate against the schema it illustrates.</summary>
public class ExampleValidationTests
{
    private static IEnumerable<TestCaseData> Examples() => ExamplesOf(ContractFile.Json);

    /// <summary>
    /// The SDK view ships in the package (contract/kwiga.sdk-view.json) for other generators: its
    /// collapsed unions must still accept what the wire sends (null where the wire sends null).
    /// </summary>
    private static IEnumerable<TestCaseData> ViewExamples() =>
        ExamplesOf(SdkView).Select(c => c.SetArgDisplayNames("view: " + c.Arguments[0]));

    private static JsonObject SdkView
    {
        get
        {
            var view = ContractFile.Json;
            Kwiga.Generator.SdkView.SdkViewBuilder.Build(view);
            return view;
        }
    }

    /// <summary>
    /// A collapsed union records the wire's other forms (<c>x-kwiga-wire-forms</c>) and keeps <c>nullable</c>
    /// where the wire sends null (a generator fed the view failed on the docs' own offers, whose
    /// <c>discount</c> is null); read with them, the view's schemas take every example.
    /// </summary>
    [TestCaseSource(nameof(ViewExamples))]
    public void Example_validates_against_the_sdk_view_with_its_recorded_wire_forms(string where, JsonObject schema, JsonNode? example)
    {
        var view = WithWireForms(SdkView);
        var results = OpenApiSchemaConverter.ToJsonSchema(view, WithWireForms(schema)).Evaluate(example, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(results.IsValid, Is.True, where + ":\n" + Describe(results));
    }

    /// <summary>Each collapsed union read back as the union of the forms it records.</summary>
    private static JsonObject WithWireForms(JsonObject node)
    {
        var copy = (JsonObject)node.DeepClone();
        Kwiga.Generator.SdkView.SchemaWalker.Visit(copy, (obj, _) =>
        {
            if (obj[Kwiga.Generator.SdkView.UnionCollapser.WireFormsExtension] is not JsonArray forms)
            {
                return;
            }

            var nullable = obj["nullable"]?.GetValue<bool>() == true;
            foreach (var key in new[] { "type", "format", "allOf", "$ref", "properties", "items", "additionalProperties", "enum", "nullable" })
            {
                obj.Remove(key);
            }

            var branches = forms.Select(f => f!.GetValue<string>())
                .Select(f => f is "string" or "integer" or "number" or "boolean" or "array" or "object"
                    ? new JsonObject { ["type"] = f }
                    : new JsonObject { ["$ref"] = "#/components/schemas/" + f })
                .Concat(nullable ? [new JsonObject { ["type"] = "string", ["nullable"] = true, ["maxLength"] = 0 }] : [])
                .Select(b => (JsonNode?)b).ToArray();
            obj["anyOf"] = new JsonArray(branches);
        });
        return copy;
    }

    private static IEnumerable<TestCaseData> ExamplesOf(JsonObject doc)
    {
        foreach (var (method, path, op) in Operations(doc))
        {
            if (op["requestBody"] is JsonObject body)
            {
                foreach (var example in MediaExamples(doc, Resolve(doc, body), $"{method} {path} request"))
                {
                    yield return example;
                }
            }

            foreach (var (status, response) in op["responses"]!.AsObject())
            {
                foreach (var example in MediaExamples(doc, Resolve(doc, response!.AsObject()), $"{method} {path} {status}"))
                {
                    yield return example;
                }
            }
        }
    }

    private static IEnumerable<TestCaseData> MediaExamples(JsonObject doc, JsonObject holder, string where)
    {
        if (holder["content"]?["application/json"] is not JsonObject media)
        {
            yield break;
        }

        var schema = media["schema"]!.AsObject();
        if (media["example"] is { } single)
        {
            yield return new TestCaseData(where, schema.DeepClone(), single.DeepClone()).SetArgDisplayNames(where);
        }

        foreach (var (name, example) in media["examples"] as JsonObject ?? [])
        {
            var value = Resolve(doc, example!.AsObject())["value"];
            yield return new TestCaseData($"{where} ({name})", schema.DeepClone(), value?.DeepClone()).SetArgDisplayNames($"{where} ({name})");
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Example_validates_against_its_schema(string where, JsonObject schema, JsonNode? example)
    {
        var results = Validate(schema, example);
        Assert.That(results.IsValid, Is.True, where + ":\n" + Describe(results));
    }

    [Test]
    public void Every_success_response_carries_an_example()
    {
        var doc = ContractFile.Json;
        var missing = new List<string>();
        foreach (var (method, path, op) in Operations(doc))
        {
            foreach (var (status, response) in op["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
            {
                var media = Resolve(doc, response!.AsObject())["content"]?["application/json"];
                if (media?["example"] is null && media?["examples"] is null)
                {
                    missing.Add($"{method} {path} {status}");
                }
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void The_validator_rejects_an_example_with_a_wrong_type()
    {
        // Guards the converter: if it made every schema permissive, the test above would pass vacuously.
        var doc = ContractFile.Json;
        var schema = new JsonObject { ["$ref"] = "#/components/schemas/ContactPage" };
        var example = JsonNode.Parse("""{"data":[{"id":"not-a-number"}],"links":{},"meta":{}}""");

        Assert.That(Validate(schema, example).IsValid, Is.False);
        Assert.That(Validate(schema, JsonNode.Parse("""{"data":[{"id":1}],"links":{},"meta":{}}""")).IsValid, Is.True);
    }

    [Test]
    public void A_nullable_reference_accepts_null_and_the_object_but_not_a_string()
    {
        var schema = new JsonObject { ["$ref"] = "#/components/schemas/Offer" };

        Assert.Multiple(() =>
        {
            Assert.That(Validate(schema, JsonNode.Parse("""{"id":1,"discount":null}""")).IsValid, Is.True);
            Assert.That(Validate(schema, JsonNode.Parse("""{"id":1,"discount":{"id":3}}""")).IsValid, Is.True);
            Assert.That(Validate(schema, JsonNode.Parse("""{"id":1,"discount":"none"}""")).IsValid, Is.False);
        });
    }

    private static EvaluationResults Validate(JsonObject schema, JsonNode? example) =>
        OpenApiSchemaConverter.ToJsonSchema(ContractFile.Json, schema)
            .Evaluate(example, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Value}")));
}
