using System.Text.Json.Nodes;

namespace Kwiga.Sdk.Testing;

/// <summary>
/// One request the sandbox received, as its server saw it. Credentials are not kept: <see cref="Headers"/> has no
/// <c>Token</c> or <c>Cabinet-Hash</c>, and <see cref="HadValidCredentials"/> says whether they were right.
/// </summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(
        string method,
        string path,
        string rawQuery,
        JsonObject query,
        IReadOnlyDictionary<string, string> headers,
        bool hadValidCredentials,
        string? body,
        DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        RawQuery = rawQuery;
        Query = query;
        Headers = headers;
        HadValidCredentials = hadValidCredentials;
        Body = body;
        ReceivedAt = receivedAt;
        Json = ParseJson(body);
    }

    /// <summary>The method as routed: a POST with <c>_method=PUT</c> (<c>X-HTTP-Method-Override</c>, Laravel's spoofing) is <c>PUT</c>.</summary>
    public string Method { get; internal set; }

    /// <summary>The path, from its leading slash (<c>/contacts/132</c>).</summary>
    public string Path { get; }

    /// <summary>The query string as sent, without <c>?</c> (percent-encoded).</summary>
    public string RawQuery { get; }

    /// <summary>
    /// The query string as the real server (Laravel, through PHP's <c>parse_str</c>) reads it: nested keys as objects,
    /// <c>a[]</c> lists as arrays, every value a string; PHP's limits apply (1000 variables, 64 levels).
    /// </summary>
    public JsonObject Query { get; }

    /// <summary>The request headers, without the credentials (<c>Token</c>, <c>Cabinet-Hash</c>, <c>Authorization</c>, <c>Cookie</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>True when the request carried the token and cabinet hash the sandbox accepts.</summary>
    public bool HadValidCredentials { get; }

    /// <summary>The body as text, or null without one.</summary>
    public string? Body { get; }

    /// <summary>The body parsed as JSON, or null when there is none or it is not JSON.</summary>
    public JsonNode? Json { get; }

    /// <summary>The response status; 499 when the client gave up (cancelled or disconnected) before the response.</summary>
    public int Status { get; internal set; }

    /// <summary>When the request arrived, by the sandbox's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Method, path with query, and status, e.g. <c>GET /contacts?page=2 → 200</c>. Never a credential.</summary>
    public override string ToString()
        => $"{Method} {Path}{(RawQuery.Length > 0 ? "?" + RawQuery : string.Empty)} → {(Status == 0 ? "(pending)" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    private static JsonNode? ParseJson(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
