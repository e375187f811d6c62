using System.Net;
using System.Text.Json.Nodes;
using Kwiga.Sdk.Tests.Support;
using Kwiga.Testing;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Operations;

/// <summary>
/// Every documented operation through the generated client: the method, URL, headers and JSON body
/// that go on the wire, and the docs' example response read back as typed models.
/// </summary>
public class OperationWireTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        OperationCatalog.All.Select(c => new TestCaseData(c).SetArgDisplayNames(c.OperationId));

    [Test]
    public void The_catalog_covers_all_27_documented_operations()
    {
        Assert.That(OperationCatalog.All.Select(c => c.OperationId).Distinct().Count(), Is.EqualTo(27));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Operation_sends_the_documented_request_and_reads_the_documented_example(OperationCase operation)
    {
        var example = ContractExamples.SuccessExamples(operation.OperationId)[0].Value;
        HttpRequestMessage? sent = null;
        string? sentBody = null;
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(async request =>
        {
            sent = request;
            sentBody = request.Content is null ? null : await request.Content.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
        });
        var client = TestClients.Create(transport);

        var result = await operation.Invoke(client);

        Assert.That(sent, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(sent!.Method, Is.EqualTo(operation.Method));
            Assert.That(sent.RequestUri!.AbsoluteUri, Is.EqualTo(operation.Url));
            Assert.That(sent.Headers.GetValues("Token"), Is.EqualTo(new[] { TestClients.Token }));
            Assert.That(sent.Headers.GetValues("Cabinet-Hash"), Is.EqualTo(new[] { TestClients.CabinetHash }));
            Assert.That(sent.Headers.Accept.ToString(), Does.Contain("application/json"));
            Assert.That(sent.Headers.UserAgent.ToString(), Does.StartWith("Kwiga.Sdk/"));
            if (operation.RequestJson is null)
            {
                Assert.That(sentBody, Is.Null.Or.Empty);
            }
            else
            {
                Assert.That(sent.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(sentBody!), JsonNode.Parse(operation.RequestJson)), Is.True,
                    $"body sent: {sentBody}");
            }
        });
        Assert.That(result, Is.Not.Null);
        operation.CheckResult(result!);
    }
}
