using System.Diagnostics;
using Kwiga.Sdk.Tests.Support;
using Kwiga.Testing;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;

namespace Kwiga.Sdk.Tests.Observability;

/// <summary>The SDK's spans as a trace exporter sees them, over real sockets on every construction path.</summary>
public class TraceTests
{
    [Test]
    public async Task A_call_is_one_internal_span_named_after_its_route_and_the_parent_of_kiotas_and_httpclients_spans([Values] ConstructionPath path)
    {
        var failed = 0;
        await using var server = await LoopbackServer.StartAsync((request, _) =>
            Interlocked.Exchange(ref failed, 1) == 0 ? Reply.Json("""{"message":"Down"}""", 503) : Reply.Json("""{"data":{"id":5}}"""));
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl);
        using var capture = new TelemetryCapture();

        await kwiga.Client.Contacts[5].GetAsync();
        capture.Stop();

        var spans = capture.Spans;
        var call = capture.SdkSpans.Single();
        var kiota = spans.Where(s => s.Source.Name.StartsWith("Microsoft.Kiota", StringComparison.Ordinal)).ToList();
        var http = spans.Where(s => s.Source.Name == "System.Net.Http" && s.Kind == ActivityKind.Client).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(call.DisplayName, Is.EqualTo("GET /contacts/{contact}"));
            Assert.That(call.Kind, Is.EqualTo(ActivityKind.Internal));
            Assert.That(call.GetTagItem("kwiga.operation"), Is.EqualTo("GET /contacts/{contact}"));
            Assert.That(call.GetTagItem("http.request.method"), Is.EqualTo("GET"));
            Assert.That(call.GetTagItem("server.address"), Is.EqualTo("127.0.0.1"));
            Assert.That(call.GetTagItem("http.response.status_code"), Is.EqualTo(200));
            Assert.That(call.Events.Count(e => e.Name == "kwiga.retry"), Is.EqualTo(1));
            Assert.That(kiota, Is.Not.Empty, "Kiota's span");
            Assert.That(kiota.All(k => IsUnder(k, call, spans)), Is.True, "Kiota's span is under the call's");
            Assert.That(http, Has.Count.EqualTo(2), "HttpClient's span per attempt");
            Assert.That(http.All(h => IsUnder(h, call, spans)), Is.True, "HttpClient's spans are under the call's");
        });
    }

    [Test]
    public async Task A_failed_call_sets_the_callers_exception_type_and_error_status_without_a_message([Values] ConstructionPath path)
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.Json("""{"message":"No query results for model [Contact] 77."}""", 404));
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl);
        using var capture = new TelemetryCapture();

        Assert.ThrowsAsync<KwigaNotFoundException>(() => kwiga.Client.Contacts[77].GetAsync());
        capture.Stop();

        var call = capture.SdkSpans.Single();
        var attempt = capture.Of("kwiga.client.request.duration").Single();
        Assert.Multiple(() =>
        {
            Assert.That(call.GetTagItem("error.type"), Is.EqualTo("Kwiga.Sdk.KwigaNotFoundException"));
            Assert.That(call.GetTagItem("http.response.status_code"), Is.EqualTo(404));
            Assert.That(call.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(call.StatusDescription, Is.Null, "the message may carry values");
            Assert.That(call.Events, Is.Empty, "no exception event");
            Assert.That(attempt.Tag("error.type"), Is.EqualTo("404"), "an attempt's error is its status");
            Assert.That(capture.Of("kwiga.client.operation.duration").Single().Tag("error.type"), Is.EqualTo("Kwiga.Sdk.KwigaNotFoundException"));
        });
    }

    [Test]
    public async Task Every_documented_operation_is_named_by_its_contract_route()
    {
        var routes = ContractExamples.Routes();
        using var transport = new RichardSzalay.MockHttp.MockHttpMessageHandler();
        string? operationId = null;
        transport.Fallback.Respond(_ => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent(ContractExamples.SuccessExamples(operationId!)[0].Value.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        }));
        var client = TestClients.Create(transport);

        var named = new Dictionary<string, string>();
        foreach (var call in OperationCalls.All)
        {
            operationId = call.OperationId;
            using var capture = new TelemetryCapture();
            await call.Invoke(client);
            capture.Stop();
            named[call.OperationId] = capture.SdkSpans.Single().DisplayName;
        }

        Assert.That(named, Has.Count.EqualTo(27));
        Assert.That(named, Is.EquivalentTo(routes), "each span is named after its operation's route, none is _OTHER");
    }

    private static bool IsUnder(Activity span, Activity ancestor, IReadOnlyList<Activity> spans)
    {
        var byId = spans.ToDictionary(s => s.SpanId);
        var parent = span.ParentSpanId;
        while (parent != default)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = byId.TryGetValue(parent, out var next) ? next.ParentSpanId : default;
        }

        return false;
    }
}
