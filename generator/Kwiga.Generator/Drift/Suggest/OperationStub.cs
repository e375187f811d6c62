using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;
using Microsoft.OpenApi;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// A contract operation drafted from a documented one: an operationId and the tag of its neighbours, path
/// parameters, the table's parameters (query parameters for GET and DELETE, a JSON body otherwise), a 200
/// response with the documented response structure and an example to replace, and the error responses its
/// neighbour references, so it passes lint and drift (and Redocly's and Spectral's rules) as it stands.
/// </summary>
internal sealed class OperationStub
{
    private readonly ContractDocument _contract;
    private readonly RawContract _raw;
    private readonly SchemaDraft _schemas;
    private readonly InputDraft _inputs;
    private readonly HashSet<string> _operationIds;

    public OperationStub(ContractDocument contract, RawContract raw, SchemaDraft schemas)
    {
        _contract = contract;
        _raw = raw;
        _schemas = schemas;
        _inputs = new InputDraft(schemas);
        _operationIds = ContractOperation.All(contract.Model).Select(o => o.Operation.OperationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The operation object for <paramref name="op"/>, to sit under <paramref name="path"/> (the contract's spelling of its path).</summary>
    public JsonObject Build(DocOperation op, string path)
    {
        var stub = new JsonObject { ["operationId"] = OperationId(op.Method, path), ["tags"] = new JsonArray(Tag(path)) };
        if (op.Title is not null)
        {
            stub["summary"] = op.Title;
            stub["description"] = op.Title;
        }

        var docsNames = PathTemplate.ParameterNames(op.Path);
        var parameters = new JsonArray(PathTemplate.ParameterNames(path).Select((name, i) => (JsonNode)PathParameter(op, docsNames[i], name)).ToArray());
        var rows = op.Parameters
            .Where(p => p.Source != DocParameterSource.Example || !op.Parameters.Any(t => t.Name == p.Name && t.Source != p.Source))
            .Where(p => !OperationDrift.IsGroup(op, p) && !docsNames.Contains(p.Name))
            .ToList();
        var inBody = op.Method is "POST" or "PUT" or "PATCH";
        foreach (var row in rows.Where(r => !inBody || r.Source == DocParameterSource.Example))
        {
            parameters.Add(_inputs.QueryParameter(row));
        }

        if (parameters.Count > 0)
        {
            stub["parameters"] = parameters;
        }

        var bodyRows = rows.Where(r => inBody && r.Source != DocParameterSource.Example).ToList();
        if (bodyRows.Count > 0)
        {
            var body = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
            foreach (var row in bodyRows)
            {
                _inputs.AddBodyProperty(body, row, depth: 0, op.Parameters);
            }

            stub["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Json(body, example: null) };
        }

        var responses = new JsonObject
        {
            ["200"] = new JsonObject { ["description"] = op.Title ?? "OK", ["content"] = Json(ResponseSchema(op), example: new JsonObject()) },
        };
        foreach (var (code, reference) in ErrorResponses(op.Method, path))
        {
            responses[code] = reference;
        }

        stub["responses"] = responses;
        return stub;
    }

    /// <summary>The schema of a documented response structure: its named fields, and data/links/meta for a paginated list.</summary>
    public JsonObject ResponseSchema(DocOperation op)
    {
        var properties = new JsonObject();
        foreach (var field in op.ResponseFields.Where(f => f.IsNamed))
        {
            properties[field.Name!] = ResponseField(field);
        }

        return properties.Count == 0
            ? new JsonObject { ["type"] = "object" }
            : new JsonObject { ["type"] = "object", ["properties"] = properties };
    }

    /// <summary>The schema of one response-structure field (a pagination sentence gives data, links or meta).</summary>
    public JsonObject ResponseField(DocField field) => (field.Type, field.Name) switch
    {
        ("inferred", "data") => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
        ("inferred", "links") => _schemas.For("PaginationLinks", nullable: false, wrapReference: false, isOutput: true),
        ("inferred", "meta") => _schemas.For("PaginationMeta", nullable: false, wrapReference: false, isOutput: true),
        _ => _schemas.For(field.Type, field.Nullable, wrapReference: false, isOutput: true),
    };

    private static JsonObject Json(JsonObject schema, JsonObject? example)
    {
        var media = new JsonObject { ["schema"] = schema };
        if (example is not null)
        {
            media["example"] = example; // lint wants an example on every 2xx; paste the docs' one here
        }

        return new JsonObject { ["application/json"] = media };
    }

    /// <summary>The shared error responses (<c>$ref</c>s) of the closest contract operation: same first segment and method if any.</summary>
    private IEnumerable<(string Code, JsonNode Reference)> ErrorResponses(string method, string path)
    {
        var first = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var neighbour = ContractOperation.All(_contract.Model)
            .OrderByDescending(o => o.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() == first)
            .ThenByDescending(o => o.Method == method)
            .FirstOrDefault();
        if (neighbour is null || _raw.At(ContractPointer.Append(neighbour.Pointer, "responses")) is not JsonObject responses)
        {
            return [];
        }

        return responses
            .Where(r => !ResponseCodes.IsSuccess(r.Key) && r.Value is JsonObject value && value.ContainsKey("$ref"))
            .Select(r => (r.Key, r.Value!.DeepClone()))
            .ToList();
    }

    private JsonObject PathParameter(DocOperation op, string docsName, string name)
    {
        // the table's type, else the type the contract gives a path parameter of that name, else text
        var documented = op.Parameters.FirstOrDefault(p => p.Name == docsName && p.Source == DocParameterSource.Table)?.Type;
        var known = ContractOperation.All(_contract.Model)
            .SelectMany(o => o.Parameters)
            .FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == name)?.Schema;
        var schema = documented is not null
            ? _schemas.For(documented, nullable: false, wrapReference: false, isOutput: false)
            : new JsonObject { ["type"] = known is null ? "string" : SchemaFacts.TypeName(known) };
        return new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = schema };
    }

    private string Tag(string path)
    {
        var first = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return ContractOperation.All(_contract.Model)
                   .Where(o => o.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() == first)
                   .SelectMany(o => o.Operation.Tags ?? new HashSet<OpenApiTagReference>())
                   .Select(t => t.Name)
                   .FirstOrDefault()
               ?? KiotaNaming.PascalCase(first, keepUnderscores: false);
    }

    private string OperationId(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var verb = method switch
        {
            "GET" when segments.LastOrDefault()?.StartsWith('{') == true => "get",
            "GET" => "list",
            "POST" => "create",
            "PUT" or "PATCH" => "update",
            _ => "delete",
        };
        var name = verb + string.Concat(segments.Where(s => !s.StartsWith('{')).Select(s => KiotaNaming.PascalCase(s, keepUnderscores: false)));
        var unique = name;
        for (var i = 2; !_operationIds.Add(unique); i++)
        {
            unique = $"{name}{i}";
        }

        return unique;
    }
}
