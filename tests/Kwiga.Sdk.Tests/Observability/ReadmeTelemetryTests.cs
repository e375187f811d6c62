using Kwiga.Sdk.Tests.Support;
using Kwiga.Testing;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;

namespace Kwiga.Sdk.Tests.Observability;

/// <summary>
/// README.md's instrument table is what a listener sees: a run that touches every instrument of the
/// meter <c>Kwiga.Sdk</c>, on every construction path, compared row by row (name, type, unit, the
/// attributes always present, and no attribute the table does not name).
/// </summary>
public class ReadmeTelemetryTests
{
    [Test]
    public async Task The_readmes_instrument_table_matches_what_a_listener_sees([Values] ConstructionPath path)
    {
        var documented = ReadmeInstruments.Read();
        int failed = 0, throttled = 0;
        await using var server = await LoopbackServer.StartAsync((request, _) => request.Path switch
        {
            "/contacts/5" when Interlocked.Exchange(ref failed, 1) == 0 => Reply.Json("""{"message":"Down"}""", 503),
            "/contacts/5" => Reply.Json("""{"data":{"id":5}}"""),
            "/contacts/6" => Reply.Html("<html>captive portal</html>"),
            "/courses" when Interlocked.Exchange(ref throttled, 1) == 0 => Reply.Json("""{"message":"Too Many Attempts."}""", 429, ("Retry-After", "0")),
            "/contacts" when request.PathAndQuery.Contains("page=2", StringComparison.Ordinal) => Reply.Json("""{"data":[{"id":2}],"meta":{"current_page":2,"last_page":2}}"""),
            "/contacts" => Reply.Json("""{"data":[{"id":1}],"meta":{"current_page":1,"last_page":2}}"""),
            _ => Reply.Json("""{"data":[]}"""),
        });
        await using var kwiga = await PathClient.CreateAsync(path, server.BaseUrl, o =>
        {
            o.Token = "readme-telemetry-" + Guid.NewGuid().ToString("N");
            o.RateLimit.Enabled = true;
            o.RateLimit.PermitLimit = 2;
            o.RateLimit.Window = TimeSpan.FromMilliseconds(300);
        });
        using var capture = new TelemetryCapture();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => kwiga.Client.Timezones.GetAsync()));   // one waits for a permit
        await kwiga.Client.Contacts[5].GetAsync();                                                   // 503, then 200
        await kwiga.Client.Courses.GetAsync();                                                       // 429, then 200
        await kwiga.Client.Contacts.GetAllAsync().CountAsync();                                      // two pages
        Assert.ThrowsAsync<KwigaUnexpectedResponseException>(() => kwiga.Client.Contacts[6].GetAsync());
        capture.Stop();

        var sdkRows = documented.Values.Where(r => r.Name.StartsWith("kwiga.client.", StringComparison.Ordinal)).ToList();
        Assert.That(sdkRows, Has.Count.EqualTo(8), "the README documents the SDK's eight instruments");
        Assert.Multiple(() =>
        {
            foreach (var seen in capture.Measurements.Select(m => m.Instrument).Distinct())
            {
                Assert.That(documented.ContainsKey(seen), Is.True, $"{seen} is not in README.md's table");
            }

            foreach (var row in sdkRows)
            {
                var measurements = capture.Of(row.Name);
                Assert.That(measurements, Is.Not.Empty, $"{row.Name} recorded nothing in the run");
                foreach (var m in measurements)
                {
                    Assert.That(m.Unit, Is.EqualTo(row.Unit), $"{row.Name}'s unit");
                    Assert.That(m.Kind, Is.EqualTo(row.Kind), $"{row.Name}'s type");
                    Assert.That(m.Tags.Keys, Is.SupersetOf(row.Always), $"{row.Name}: an attribute the README says is always there is missing");
                    Assert.That(m.Tags.Keys, Is.SubsetOf(row.Always.Union(row.Sometimes)), $"{row.Name}: an attribute the README does not name");
                }
            }
        });
    }
}
