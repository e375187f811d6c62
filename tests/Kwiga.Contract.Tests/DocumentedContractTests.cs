using System.Text.Json.Nodes;
using static Kwiga.Contract.Tests.ContractJson;

namespace Kwiga.Contract.Tests;

/// <summary>Nothing the KWIGA docs document may be missing from openapi/kwiga.yaml.</summary>
public class DocumentedContractTests
{
    private static IEnumerable<TestCaseData> DocumentedOperations() =>
        DocumentedContract.Current.Operations.Select(o => new TestCaseData(o).SetArgDisplayNames(o.ToString()));

    private static IEnumerable<TestCaseData> DocumentedAliases() =>
        DocumentedContract.Current.Operations.Where(o => o.AliasOf is not null)
            .Select(o => new TestCaseData(o).SetArgDisplayNames(o.ToString()));

    private static IEnumerable<TestCaseData> DocumentedSchemas() =>
        DocumentedContract.Current.Schemas.Select(s => new TestCaseData(s.Key, s.Value).SetArgDisplayNames(s.Key));

    [Test]
    public void The_docs_list_27_operations_and_the_contract_has_exactly_those()
    {
        var documented = DocumentedContract.Current.Operations.Select(o => o.ToString()).ToHashSet();
        var inContract = Operations(ContractFile.Json).Select(o => $"{o.Method} {o.Path}").ToHashSet();

        Assert.That(documented, Has.Count.EqualTo(27));
        Assert.That(DocumentedContract.Current.Operations.Count(o => o.AliasOf is not null), Is.EqualTo(2), "the two POST /query aliases");
        Assert.That(inContract, Is.EquivalentTo(documented));
    }

    [TestCaseSource(nameof(DocumentedOperations))]
    public void Documented_operation_has_id_tag_summary_and_every_documented_parameter(DocumentedOperation documented)
    {
        var doc = ContractFile.Json;
        var op = Operation(doc, documented.Method, documented.Path);

        Assert.Multiple(() =>
        {
            Assert.That(op["operationId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, "operationId");
            Assert.That(op["tags"]?.AsArray(), Is.Not.Null.And.Not.Empty, "tags");
            Assert.That(op["summary"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, "summary");
            foreach (var name in documented.Parameters)
            {
                var found = documented.Method == "GET"
                    ? FindQueryParameter(doc, documented.Path, op, name)
                    : FindBodyField(doc, op, name);
                Assert.That(found, Is.Not.Null, $"documented parameter '{name}' is missing");
                if (found is not null && documented.Required.Contains(name))
                {
                    Assert.That(found.Value.Required, Is.True, $"documented parameter '{name}' must be required");
                }
            }
        });
    }

    [TestCaseSource(nameof(DocumentedSchemas))]
    public void Documented_schema_exists_under_the_docs_name_with_every_field(string name, DocumentedSchema documented)
    {
        var doc = ContractFile.Json;
        var schema = doc["components"]!["schemas"]![name] as JsonObject;
        Assert.That(schema, Is.Not.Null, $"schema {name} is missing");

        var properties = Properties(doc, schema!);
        Assert.That(documented.AllFields.Where(f => !properties.ContainsKey(f)), Is.Empty, $"fields missing from {name}");
    }

    [TestCaseSource(nameof(DocumentedAliases))]
    public void Post_alias_returns_the_same_response_and_takes_every_query_parameter_in_its_body(DocumentedOperation documented)
    {
        var doc = ContractFile.Json;
        var alias = Operation(doc, documented.Method, documented.Path);
        var parts = documented.AliasOf!.Split(' ', 2);
        var original = Operation(doc, parts[0], parts[1]);

        Assert.That(alias["responses"]!["200"]!["$ref"]?.GetValue<string>(), Is.Not.Null,
            "an alias must share its GET's response through a $ref, not a copy");
        Assert.That(alias["responses"]!["200"]!.ToJsonString(), Is.EqualTo(original["responses"]!["200"]!.ToJsonString()));

        var body = RequestBodySchema(doc, alias);
        Assert.That(body, Is.Not.Null);
        foreach (var parameter in Parameters(doc, parts[1], original).Where(p => p["in"]!.GetValue<string>() == "query"))
        {
            var bodyName = BodyNameOf(parameter["name"]!.GetValue<string>());
            Assert.That(FindBodyField(doc, alias, bodyName), Is.Not.Null, $"body lacks '{bodyName}'");
        }
    }

    /// <summary>`filters[x][]` in the query is `filters.x` in a JSON body; `x[]` is `x`.</summary>
    internal static string BodyNameOf(string queryName)
    {
        var name = queryName.EndsWith("[]", StringComparison.Ordinal) ? queryName[..^2] : queryName;
        var bracket = name.IndexOf('[');
        return bracket < 0 ? name : name[..bracket] + "." + name[(bracket + 1)..].TrimEnd(']');
    }

    private static (JsonObject Node, bool Required)? FindQueryParameter(JsonObject doc, string path, JsonObject op, string name)
    {
        var parameter = Parameters(doc, path, op).FirstOrDefault(p =>
            p["in"]!.GetValue<string>() == "query" &&
            (p["name"]!.GetValue<string>() == name || p["name"]!.GetValue<string>() == name + "[]"));
        return parameter is null ? null : (parameter, parameter["required"]?.GetValue<bool>() == true);
    }

    /// <summary>Finds `a`, `a.b` (nested object) or `a[].b` (property of array items) in a request body.</summary>
    private static (JsonObject Node, bool Required)? FindBodyField(JsonObject doc, JsonObject op, string name)
    {
        var schema = RequestBodySchema(doc, op);
        var required = true;
        foreach (var segment in name.Split('.'))
        {
            if (schema is null)
            {
                return null;
            }

            var isArrayItem = segment.EndsWith("[]", StringComparison.Ordinal);
            var key = isArrayItem ? segment[..^2] : segment;
            required &= Required(doc, schema).Contains(key);
            if (!Properties(doc, schema).TryGetValue(key, out var property))
            {
                return null;
            }

            schema = Primary(doc, property);
            if (isArrayItem)
            {
                schema = schema["items"] as JsonObject;
            }
        }

        return schema is null ? null : (schema, required);
    }
}
