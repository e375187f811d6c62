using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;
using Kwiga.Generator.Diff;
using Kwiga.Generator.Diff.Coverage;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Tests.Diff;

/// <summary>
/// Backs the "compared" claims for parameters, security schemes and schemas: for each such attribute the
/// head contract gets that attribute changed (nothing else), and the diff must report something at the
/// element. An attribute marked compared without a mutation here fails too.
/// </summary>
public sealed class AttributeChangeTests
{
    private const string Contract = """
        openapi: 3.0.3
        info: {title: attributes, version: '1'}
        security: [{Key: []}]
        paths:
          /items:
            post:
              operationId: createItem
              tags: [Items]
              parameters:
                - {name: q, in: query, schema: {type: string}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        text: {type: string}
                        obj: {type: object, properties: {a: {type: string}}}
                        list: {type: array, items: {type: string}}
              responses:
                '200': {description: ok}
        components:
          securitySchemes:
            Key: {type: apiKey, in: header, name: Token}
        """;

    private static readonly JsonSchema Str = new(JsonSchemaType.String);

    private static readonly Dictionary<string, Action<OpenApiParameter>> ParameterChanges = new()
    {
        ["In"] = p => p.In = ParameterLocation.Header,
        ["Name"] = p => p.Name = "q2",
        ["Required"] = p => p.Required = true,
        ["Schema"] = p => p.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        ["Content"] = p => (p.Schema, p.Content) = (null, new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = Str.New() } }),
        ["Style"] = p => p.Style = ParameterStyle.SpaceDelimited,
        ["Explode"] = p => p.Explode = false,
        ["AllowReserved"] = p => p.AllowReserved = true,
#pragma warning disable CS0618
        ["AllowEmptyValue"] = p => p.AllowEmptyValue = true,
#pragma warning restore CS0618
        ["Deprecated"] = p => p.Deprecated = true,
        ["Description"] = p => p.Description = "changed",
        ["Example"] = p => p.Example = JsonValue.Create("x"),
        ["Examples"] = p => p.Examples = new Dictionary<string, IOpenApiExample> { ["one"] = new OpenApiExample { Value = JsonValue.Create("x") } },
        ["Extensions"] = p => p.Extensions = Extension(),
    };

    private static readonly Dictionary<string, Action<OpenApiSecurityScheme>> SchemeChanges = new()
    {
        ["Type"] = s => (s.Type, s.Scheme) = (SecuritySchemeType.Http, "bearer"),
        ["Name"] = s => s.Name = "X-Token",
        ["In"] = s => s.In = ParameterLocation.Query,
        ["Scheme"] = s => s.Scheme = "basic",
        ["BearerFormat"] = s => s.BearerFormat = "JWT",
        ["Flows"] = s => s.Flows = new OpenApiOAuthFlows { ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("https://auth.example/token") } },
        ["OpenIdConnectUrl"] = s => s.OpenIdConnectUrl = new Uri("https://auth.example/.well-known/openid-configuration"),
        ["OAuth2MetadataUrl"] = s => s.OAuth2MetadataUrl = new Uri("https://auth.example/.well-known/oauth-authorization-server"),
        ["Deprecated"] = s => s.Deprecated = true,
        ["Description"] = s => s.Description = "changed",
        ["Extensions"] = s => s.Extensions = Extension(),
    };

    /// <summary>Schema changes: which request property of the fixture they apply to, and the change.</summary>
    private static readonly Dictionary<string, (string Property, Action<OpenApiSchema> Change)> SchemaChanges = new()
    {
        ["Type"] = ("text", s => s.Type = JsonSchemaType.Integer),
        ["Format"] = ("text", s => s.Format = "date-time"),
        ["Enum"] = ("text", s => s.Enum = [JsonValue.Create("a")]),
        ["Const"] = ("text", s => s.Const = "a"),
        ["Default"] = ("text", s => s.Default = JsonValue.Create("a")),
        ["Maximum"] = ("text", s => s.Maximum = "5"),
        ["ExclusiveMaximum"] = ("text", s => s.ExclusiveMaximum = "5"),
        ["Minimum"] = ("text", s => s.Minimum = "1"),
        ["ExclusiveMinimum"] = ("text", s => s.ExclusiveMinimum = "1"),
        ["MaxLength"] = ("text", s => s.MaxLength = 3),
        ["MinLength"] = ("text", s => s.MinLength = 1),
        ["Pattern"] = ("text", s => s.Pattern = "^a"),
        ["MaxItems"] = ("list", s => s.MaxItems = 2),
        ["MinItems"] = ("list", s => s.MinItems = 1),
        ["UniqueItems"] = ("list", s => s.UniqueItems = true),
        ["MaxContains"] = ("list", s => s.MaxContains = 2),
        ["MinContains"] = ("list", s => s.MinContains = 1),
        ["Contains"] = ("list", s => s.Contains = Str.New()),
        ["Items"] = ("list", s => s.Items = new OpenApiSchema { Type = JsonSchemaType.Integer }),
        ["MultipleOf"] = ("text", s => s.MultipleOf = 2),
        ["MaxProperties"] = ("obj", s => s.MaxProperties = 2),
        ["MinProperties"] = ("obj", s => s.MinProperties = 1),
        ["AdditionalPropertiesAllowed"] = ("obj", s => s.AdditionalPropertiesAllowed = false),
        ["AdditionalProperties"] = ("obj", s => s.AdditionalProperties = Str.New()),
        ["Properties"] = ("obj", s => s.Properties!["b"] = Str.New()),
        ["Required"] = ("obj", s => s.Required = new HashSet<string> { "a" }),
        ["AllOf"] = ("obj", s => s.AllOf = [new OpenApiSchema { Properties = new Dictionary<string, IOpenApiSchema> { ["b"] = Str.New() } }]),
        ["AnyOf"] = ("text", s => (s.Type, s.AnyOf) = (null, [Str.New(), new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" }])),
        ["OneOf"] = ("text", s => (s.Type, s.OneOf) = (null, [Str.New(), new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" }])),
        ["Discriminator"] = ("obj", s => s.Discriminator = new OpenApiDiscriminator { PropertyName = "a" }),
        ["ReadOnly"] = ("text", s => s.ReadOnly = true),
        ["WriteOnly"] = ("text", s => s.WriteOnly = true),
        ["Deprecated"] = ("text", s => s.Deprecated = true),
        ["Not"] = ("text", s => s.Not = new OpenApiSchema { Const = "x" }),
        ["If"] = ("obj", s => s.If = Str.New()),
        ["Then"] = ("obj", s => s.Then = Str.New()),
        ["Else"] = ("obj", s => s.Else = Str.New()),
        ["PropertyNames"] = ("obj", s => s.PropertyNames = new OpenApiSchema { Pattern = "^[a-z]+$" }),
        ["PatternProperties"] = ("obj", s => s.PatternProperties = new Dictionary<string, IOpenApiSchema> { ["^x-"] = Str.New() }),
        ["DependentRequired"] = ("obj", s => s.DependentRequired = new Dictionary<string, HashSet<string>> { ["a"] = ["b"] }),
        ["DependentSchemas"] = ("obj", s => s.DependentSchemas = new Dictionary<string, IOpenApiSchema> { ["a"] = Str.New() }),
        ["UnevaluatedProperties"] = ("obj", s => s.UnevaluatedProperties = false),
        ["UnevaluatedPropertiesSchema"] = ("obj", s => s.UnevaluatedPropertiesSchema = Str.New()),
        ["ContentSchema"] = ("text", s => s.ContentSchema = Str.New()),
        ["ContentEncoding"] = ("text", s => s.ContentEncoding = "base64"),
        ["ContentMediaType"] = ("text", s => s.ContentMediaType = "image/png"),
        ["Extensions"] = ("text", s => s.Extensions = Extension()),
        ["UnrecognizedKeywords"] = ("text", s => s.UnrecognizedKeywords = new Dictionary<string, JsonNode> { ["comment"] = JsonValue.Create("x") }),
        ["Description"] = ("text", s => s.Description = "changed"),
        ["Title"] = ("text", s => s.Title = "changed"),
        ["ExternalDocs"] = ("text", s => s.ExternalDocs = new OpenApiExternalDocs { Url = new Uri("https://docs.example") }),
#pragma warning disable CS0618
        ["Example"] = ("text", s => s.Example = JsonValue.Create("x")),
#pragma warning restore CS0618
        ["Examples"] = ("text", s => s.Examples = [JsonValue.Create("x")]),
    };

    public static IEnumerable<TestCaseData> Attributes() =>
        ComparedAttributes.All
            .Where(a => a.Compared && (a.Owner == typeof(OpenApiParameter) || a.Owner == typeof(OpenApiSecurityScheme) || a.Owner == typeof(OpenApiSchema)))
            .Select(a => new TestCaseData(a.Owner, a.Attribute).SetName($"Changing_{a.Owner.Name}_{a.Attribute}_is_reported"));

    [TestCaseSource(nameof(Attributes))]
    public void Changing_only_this_attribute_is_reported(Type owner, string attribute)
    {
        var head = ContractDocument.Parse(Contract, "head.yaml");
        var operation = head.Model.Paths!["/items"].Operations![HttpMethod.Post];
        string expectedLocation;
        if (owner == typeof(OpenApiParameter))
        {
            Assert.That(ParameterChanges.TryGetValue(attribute, out var change), Is.True, $"no test change for compared attribute {attribute}");
            change!((OpenApiParameter)operation.Parameters![0]);
            expectedLocation = attribute == "In" ? "POST /items header:q" : "POST /items query:q"; // a new key: removed + added
        }
        else if (owner == typeof(OpenApiSecurityScheme))
        {
            Assert.That(SchemeChanges.TryGetValue(attribute, out var change), Is.True, $"no test change for compared attribute {attribute}");
            change!((OpenApiSecurityScheme)head.Model.Components!.SecuritySchemes!["Key"]);
            expectedLocation = "security:Key";
        }
        else
        {
            Assert.That(SchemaChanges.TryGetValue(attribute, out var change), Is.True, $"no test change for compared attribute {attribute}");
            var body = operation.RequestBody!.Content!["application/json"].Schema!;
            change!.Change((OpenApiSchema)body.Properties![change.Property]);
            expectedLocation = $"POST /items request:{change.Property}";
        }

        var changes = ContractDiffer.Diff(ContractDocument.Parse(Contract, "base.yaml"), head);

        Assert.That(changes.Select(c => $"{c.Kind.Id} {c.Location}: {c.Detail}"),
            Has.Some.Contains(expectedLocation));
    }

    private static Dictionary<string, IOpenApiExtension> Extension() =>
        new() { ["x-kwiga-doc-note"] = new JsonNodeExtension(JsonValue.Create("changed")) };

    /// <summary>A fresh schema of one type per use (schemas are mutable, so none is shared).</summary>
    private sealed record JsonSchema(JsonSchemaType Type)
    {
        public OpenApiSchema New() => new() { Type = Type };
    }
}
