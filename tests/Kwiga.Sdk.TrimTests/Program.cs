using System.Net;
using System.Text.Json.Nodes;
using Kwiga.Testing;
using Microsoft.Kiota.Serialization.Json;

namespace Kwiga.Sdk.TrimTests;

/// <summary>
/// <c>Kwiga.Sdk.TrimTests &lt;kwiga.sdk-view.json&gt;</c>: in a trimmed application, every documented
/// operation (<see cref="OperationCalls"/>, shared with tests/Kwiga.Sdk.Tests) must send exactly the
/// documented request, and every docs example of its response must be read without losing a value
/// (written back with the SDK's serializer and compared leaf by leaf, as tests/Kwiga.Sdk.Tests does
/// untrimmed); and auto-pagination must read a whole list (<see cref="Pagination"/>). Exit code 0
/// when all hold, 1 otherwise. (That the reader stays fast when trimmed is
/// tests/Kwiga.Sdk.TrimTests.ReadOnly's check: this program serializes models, which keeps what the
/// reader needs anyway.)
/// </summary>
public static class Program
{
    private const string Token = "trim-test-token-0123456789";

    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Kwiga.Sdk.TrimTests <path of kwiga.sdk-view.json>");
            return 2;
        }

        ContractExamples.JsonPath = args[0];
        var failures = 0;
        var runs = 0;
        foreach (var operation in OperationCalls.All)
        {
            foreach (var (name, example) in ContractExamples.SuccessExamples(operation.OperationId))
            {
                runs++;
                var problems = await CheckAsync(operation, example.ToJsonString()).ConfigureAwait(false);
                Console.WriteLine($"{(problems.Count == 0 ? "ok  " : "FAIL")} {operation.OperationId} ({name})");
                foreach (var problem in problems)
                {
                    Console.WriteLine("       " + problem);
                }

                failures += problems.Count == 0 ? 0 : 1;
            }
        }

        var paging = await Pagination.CheckAsync().ConfigureAwait(false);
        Console.WriteLine($"{(paging.Count == 0 ? "ok  " : "FAIL")} auto-pagination (GetAllAsync, PostAllAsync) over three pages");
        foreach (var problem in paging)
        {
            Console.WriteLine("       " + problem);
        }

        var kind = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "Trimmed" : "Native AOT";
        Console.WriteLine($"{kind} application: {runs - failures} of {runs} operation examples passed{(paging.Count == 0 ? ", pagination passed" : ", pagination FAILED")}.");
        return failures == 0 && runs > 0 && paging.Count == 0 ? 0 : 1;
    }

    private static async Task<List<string>> CheckAsync(OperationCall operation, string responseJson)
    {
        var problems = new List<string>();
        var transport = new RecordingTransport(responseJson);
        var client = KwigaClientFactory.Create(new KwigaOptions { Token = Token, CabinetHash = "trim-test-cabinet" }, transport: transport);

        var result = await operation.InvokeWhole(client).ConfigureAwait(false);

        var sent = transport.Request;
        if (sent is null)
        {
            return ["nothing was sent"];
        }

        if (sent.Method != operation.Method)
        {
            problems.Add($"method {sent.Method}, expected {operation.Method}");
        }

        if (sent.RequestUri!.AbsoluteUri != operation.Url)
        {
            problems.Add($"sent {sent.RequestUri.AbsoluteUri}, expected {operation.Url}");
        }

        if (!sent.Headers.TryGetValues("Token", out var tokens) || !tokens.SequenceEqual([Token]))
        {
            problems.Add("the Token header is missing");
        }

        if (operation.RequestJson is not null
            && (transport.Body is null || !JsonNode.DeepEquals(JsonNode.Parse(transport.Body), JsonNode.Parse(operation.RequestJson))))
        {
            problems.Add($"body {transport.Body ?? "(none)"}, expected {operation.RequestJson}");
        }

        if (result is null)
        {
            problems.Add("no result");
            return problems;
        }

        // A single-resource call returns the envelope's data, not the envelope, trimmed too.
        if (operation.InvokeAsSent is not null)
        {
            var unwrapped = await operation.Invoke(KwigaClientFactory.Create(new KwigaOptions { Token = Token, CabinetHash = "trim-test-cabinet" }, transport: new RecordingTransport(responseJson))).ConfigureAwait(false);
            if (unwrapped is null || unwrapped.GetType() == result.GetType())
            {
                problems.Add($"{operation.OperationId} returned {unwrapped?.GetType().Name ?? "null"}, not the envelope's data");
            }
        }

        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, result);
        using var written = writer.GetSerializedContent();
        var (leaves, lost) = JsonValueComparer.Compare(JsonNode.Parse(responseJson), await JsonNode.ParseAsync(written).ConfigureAwait(false));
        if (leaves == 0)
        {
            problems.Add("the example has no values");
        }

        problems.AddRange(lost.Select(l => "lost " + l));
        return problems;
    }

    /// <summary>Answers every request with the example and keeps the request and its body.</summary>
    private sealed class RecordingTransport(string responseJson) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent(responseJson, System.Text.Encoding.UTF8, "application/json"),
            };
        }
    }
}
