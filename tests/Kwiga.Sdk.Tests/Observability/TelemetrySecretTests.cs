using System.Diagnostics;
using System.Text;
using Kwiga.Sdk.Tests.Support;
using Kwiga.Testing;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;

namespace Kwiga.Sdk.Tests.Observability;

/// <summary>
/// No credential and no query value in telemetry: every name, tag, event and status of every span of
/// the trace (the SDK's, Kiota's, HttpClient's) and every attribute of every measurement, on every
/// construction path, during calls that carry personal data in their filters and ids in their paths.
/// </summary>
public class TelemetrySecretTests
{
    private const string Email = "leak.canary@example.com";
    private const string Search = "canarysearchterm";
    private const string ContactId = "918273";
    private const string MissingId = "918274";

    [Test]
    public async Task No_span_or_measurement_carries_a_credential_or_a_query_value([Values] ConstructionPath path)
    {
        var token = "tok-" + Guid.NewGuid().ToString("N");
        var cabinet = "cab-" + Guid.NewGuid().ToString("N");
        int failed = 0, throttled = 0;
        await using var server = await LoopbackServer.StartAsync((request, _) => request.Path switch
        {
            "/contacts/" + ContactId when Interlocked.Exchange(ref failed, 1) == 0 => Reply.Json("""{"message":"Down"}""", 503),
            "/contacts/" + ContactId => Reply.Json("""{"data":{"id":918273,"email":"leak.canary@example.com"}}"""),
            "/contacts/" + MissingId => Reply.Json("""{"message":"No query results for model [Contact] 918274."}""", 404),
            "/contacts" when Interlocked.Exchange(ref throttled, 1) == 0 => Reply.Json("""{"message":"Too Many Attempts."}""", 429, ("Retry-After", "1")),
            "/contacts" or "/contacts/query" => Reply.Json("""{"data":[{"id":918273}],"meta":{"current_page":1,"last_page":1}}"""),
            _ => Reply.Json("""{"data":[]}"""),
        });
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl, o =>
        {
            o.Token = token;
            o.CabinetHash = cabinet;
            o.RateLimit.Enabled = true;
        });
        using var capture = new TelemetryCapture();

        await foreach (var _ in kwiga.Client.Contacts.GetAllAsync(q =>
        {
            q.Emails = [Email];
            q.Search = Search;
        }))
        {
        }

        await kwiga.Client.Contacts.Query.PostAllAsync(q => q.Emails = [Email]).ToListAsync();
        await kwiga.Client.Contacts[int.Parse(ContactId)].GetAsync();
        Assert.ThrowsAsync<KwigaNotFoundException>(() => kwiga.Client.Contacts[int.Parse(MissingId)].GetAsync());
        capture.Stop();

        var spans = capture.Spans;
        var everything = Describe(spans) + Describe(capture.Measurements);
        var sdkOwn = Describe(capture.SdkSpans) + Describe(capture.Measurements);
        Assert.Multiple(() =>
        {
            Assert.That(server.Requests.Any(r => r.PathAndQuery.Contains(Search, StringComparison.Ordinal)), Is.True, "the filter went out");
            Assert.That(spans.Select(s => s.Source.Name).Distinct(), Is.SupersetOf(new[] { "Kwiga.Sdk", "System.Net.Http" }), "spans of the SDK and of HttpClient");
            Assert.That(spans.Any(s => s.Source.Name.StartsWith("Microsoft.Kiota", StringComparison.Ordinal)), Is.True, "Kiota's spans");
            Assert.That(capture.SdkSpans.Any(s => s.Events.Any()), Is.True, "retry events were looked at");
            Assert.That(capture.Measurements.Select(m => m.Instrument).Distinct().Count(), Is.GreaterThanOrEqualTo(6), "measurements were looked at");
            foreach (var secret in new[] { token, TokenKey.Of(token), cabinet, Email, "leak.canary", Search })
            {
                Assert.That(everything, Does.Not.Contain(secret), "in telemetry: " + secret);
            }

            foreach (var id in new[] { ContactId, MissingId })
            {
                Assert.That(sdkOwn, Does.Not.Contain(id), "a path id in the SDK's own telemetry");
            }
        });
    }

    private static string Describe(IEnumerable<Activity> spans)
    {
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.AppendLine($"{span.Source.Name} {span.DisplayName} {span.OperationName} {span.Status} {span.StatusDescription} {span.TraceStateString}");
            foreach (var tag in span.TagObjects)
            {
                text.AppendLine($"  {tag.Key}={tag.Value}");
            }

            foreach (var item in span.Baggage)
            {
                text.AppendLine($"  baggage {item.Key}={item.Value}");
            }

            foreach (var e in span.Events)
            {
                text.AppendLine($"  event {e.Name}");
                foreach (var tag in e.Tags)
                {
                    text.AppendLine($"    {tag.Key}={tag.Value}");
                }
            }

            foreach (var link in span.Links)
            {
                foreach (var tag in link.Tags ?? [])
                {
                    text.AppendLine($"  link {tag.Key}={tag.Value}");
                }
            }
        }

        return text.ToString();
    }

    private static string Describe(IEnumerable<CapturedMeasurement> measurements) =>
        string.Join("\n", measurements.Select(m => m.Instrument + " " + string.Join(",", m.Tags.Select(t => $"{t.Key}={t.Value}"))));
}
