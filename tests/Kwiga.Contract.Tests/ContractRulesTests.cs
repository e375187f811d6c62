using System.Text.Json.Nodes;
using static Kwiga.Contract.Tests.ContractJson;

namespace Kwiga.Contract.Tests;

/// <summary>House rules of the contract that the generic linters cannot know.</summary>
public class ContractRulesTests
{
    private static readonly string[] DocumentedErrors = ["400", "401", "403", "404", "405", "422", "429", "500", "503"];

    private static IEnumerable<(string Where, JsonObject Property, JsonObject Owner, string Name)> AllProperties(JsonObject doc)
    {
        var pending = new Stack<(string, JsonObject)>();
        foreach (var (name, schema) in doc["components"]!["schemas"]!.AsObject())
        {
            pending.Push((name, schema!.AsObject()));
        }

        while (pending.Count > 0)
        {
            var (where, schema) = pending.Pop();
            foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
            {
                yield return ($"{where}.{name}", property!.AsObject(), schema, name);
                pending.Push(($"{where}.{name}", property!.AsObject()));
            }

            foreach (var part in (schema["allOf"] as JsonArray ?? []).Concat(schema["anyOf"] as JsonArray ?? []).OfType<JsonObject>())
            {
                pending.Push((where, part));
            }

            if (schema["items"] is JsonObject items)
            {
                pending.Push((where + "[]", items));
            }
        }
    }

    [Test]
    public void Conditional_fields_are_never_required_and_state_their_condition()
    {
        var doc = ContractFile.Json;
        var conditional = AllProperties(doc).Where(p => p.Property["x-kwiga-conditional"] is not null).ToList();

        Assert.That(conditional, Has.Count.GreaterThan(50), "the docs mark dozens of conditional fields");
        Assert.Multiple(() =>
        {
            foreach (var (where, property, owner, name) in conditional)
            {
                var required = (owner["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>());
                Assert.That(required, Does.Not.Contain(name), $"{where} is conditional but required");
                Assert.That(property["description"]?.GetValue<string>(), Does.Contain("Conditional:"),
                    $"{where}: the condition must be in the description so it reaches the generated XML docs");
            }
        });
    }

    [Test]
    public void Every_union_records_why_it_exists()
    {
        var doc = ContractFile.Json;
        var unions = AllProperties(doc).Where(p => p.Property["anyOf"] is JsonArray).ToList();

        Assert.That(unions, Is.Not.Empty);
        Assert.That(
            unions.Where(u => u.Property["x-kwiga-doc-note"] is null && !IsNullableReference(u.Property)).Select(u => u.Where),
            Is.Empty,
            "a doc-vs-wire union needs an x-kwiga-doc-note");
    }

    [Test]
    public void Every_union_names_the_branch_the_sdk_exposes()
    {
        var doc = ContractFile.Json;
        var unions = AllProperties(doc).Where(p => p.Property["anyOf"] is JsonArray).ToList();

        Assert.That(unions.Where(u => SdkBranch(u.Property) is null).Select(u => u.Where), Is.Empty,
            "x-kwiga-sdk-type must name exactly one anyOf branch (nullable references need none)");
    }

    [Test]
    public void Every_operation_declares_the_documented_error_statuses_and_rate_limit_headers()
    {
        var doc = ContractFile.Json;
        Assert.Multiple(() =>
        {
            foreach (var (method, path, op) in Operations(doc))
            {
                var responses = op["responses"]!.AsObject();
                Assert.That(DocumentedErrors.Where(s => !responses.ContainsKey(s)), Is.Empty, $"{method} {path}");
                var ok = Resolve(doc, responses["200"]!.AsObject());
                Assert.That(ok["headers"]?["X-RateLimit-Remaining"], Is.Not.Null, $"{method} {path} 200 rate-limit headers");
            }

            var tooMany = Resolve(doc, doc["components"]!["responses"]!["TooManyRequests"]!.AsObject());
            Assert.That(tooMany["headers"]!.AsObject().Select(h => h.Key),
                Is.SupersetOf(new[] { "Retry-After", "X-RateLimit-Reset", "X-RateLimit-Limit", "X-RateLimit-Remaining" }));
        });
    }

    [Test]
    public void Validation_errors_carry_a_field_to_messages_map()
    {
        var doc = ContractFile.Json;
        var errors = Properties(doc, doc["components"]!["schemas"]!["ValidationErrorResponse"]!.AsObject())["errors"];

        Assert.That(errors["additionalProperties"]?["type"]?.GetValue<string>(), Is.EqualTo("array"));
        Assert.That(errors["additionalProperties"]?["items"]?["type"]?.GetValue<string>(), Is.EqualTo("string"));
    }

    [Test]
    public void List_parameters_use_a_form_php_reads_as_a_list()
    {
        // parse_str keeps only the last of a repeated plain name: an exploded array must be named `x[]`,
        // or be sent comma-separated (explode: false).
        var doc = ContractFile.Json;
        var offenders = new List<string>();
        foreach (var (method, path, op) in Operations(doc))
        {
            foreach (var parameter in Parameters(doc, path, op).Where(p => p["schema"]?["type"]?.GetValue<string>() == "array"))
            {
                var name = parameter["name"]!.GetValue<string>();
                var explode = parameter["explode"]?.GetValue<bool>() ?? true;
                if (explode && !name.EndsWith("[]", StringComparison.Ordinal))
                {
                    offenders.Add($"{method} {path} {name}");
                }
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    private static bool IsNullableReference(JsonObject property) =>
        property["anyOf"]!.AsArray().Any(b => b?["$ref"]?.GetValue<string>() == "#/components/schemas/JsonNull");
}
