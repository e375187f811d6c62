using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Kwiga.Sandbox.Tests;

/// <summary>Small helpers over HttpClient: JSON in, JSON out, status checked.</summary>
internal static class Http
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonNode> SendJsonAsync(this HttpClient client, HttpMethod method, string url, string json, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonNode.Parse(body)!;
    }

    public static string Header(this HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    public static int[] Ids(this JsonNode page) => page["data"]!.AsArray().Select(c => (int)c!["id"]!).ToArray();

    public static MediaTypeHeaderValue Json => new("application/json");
}
