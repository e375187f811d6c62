using System.Net;
using Kwiga.Sdk.Tests.Support;
using RichardSzalay.MockHttp;
using Reply = Kwiga.Sdk.Tests.Support.LoopbackServer.Reply;

namespace Kwiga.Sdk.Tests.Errors;

/// <summary>
/// Each exception the operations' XML docs name is thrown by a real call and caught by a
/// <c>catch</c> of that very type, as a user writes it from the tooltip. <c>SurfaceTests</c> checks that
/// every documented type has a case here.
/// </summary>
public class ThrownExceptionsTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case<KwigaAuthenticationException>(Answer(HttpStatusCode.Unauthorized, """{"message":"Unauthenticated."}"""));
        yield return Case<KwigaNotFoundException>(Answer(HttpStatusCode.NotFound, """{"message":"No query results."}"""));
        yield return Case<KwigaValidationException>(Answer(HttpStatusCode.UnprocessableEntity, """{"message":"Invalid.","errors":{"email":["Invalid."]}}"""));
        yield return Case<KwigaRateLimitException>(Answer((HttpStatusCode)429, """{"message":"Too Many Attempts."}""", ("Retry-After", "3600")));
        yield return Case<KwigaServerException>(Answer(HttpStatusCode.ServiceUnavailable, """{"message":"Down."}"""));
        yield return Case<KwigaApiException>(Answer(HttpStatusCode.BadRequest, """{"message":"Bad."}"""));
        yield return Case<KwigaUnexpectedResponseException>(transport => transport.Fallback.Respond(HttpStatusCode.OK, "application/json", """{"data":null}"""));
    }

    /// <summary>The exception types this fixture proves are thrown.</summary>
    public static IReadOnlySet<Type> Proven { get; } =
        Cases().Select(c => c.Arguments[0]!.GetType().GetGenericArguments()[0])
            .Concat([typeof(KwigaRedirectException), typeof(KwigaTransportException), typeof(KwigaTimeoutException)])
            .ToHashSet();

    [TestCaseSource(nameof(Cases))]
    public async Task A_documented_exception_reaches_a_catch_of_its_own_type(ICatcher catcher, Action<MockHttpMessageHandler> server)
    {
        using var transport = new MockHttpMessageHandler();
        server(transport);
        var kwiga = TestClients.Create(transport, o => o.Retry.MaxRetries = 0);

        var caught = await catcher.CatchAsync(() => kwiga.Contacts[1].GetAsync());

        Assert.That(caught, Is.Not.Null, $"{catcher} did not catch what GetAsync threw");
    }

    [Test]
    public async Task A_redirect_to_another_host_reaches_a_catch_of_its_own_type()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => Reply.Redirect($"http://localhost:{request.Host.Split(':')[1]}/contacts/1"));
        var kwiga = KwigaClientFactory.Create(TestClients.Options(o => o.BaseUrl = server.BaseUrl));

        var caught = await new Catcher<KwigaRedirectException>().CatchAsync(() => kwiga.Contacts[1].GetAsync());

        Assert.That(caught, Is.Not.Null);
    }

    [Test]
    public async Task A_connection_that_cannot_be_made_reaches_a_catch_of_its_own_type()
    {
        var kwiga = KwigaClientFactory.Create(TestClients.Options(o => o.BaseUrl = new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}")));

        var caught = await new Catcher<KwigaTransportException>().CatchAsync(() => kwiga.Contacts[1].GetAsync());

        Assert.That(caught, Is.Not.Null);
    }

    [Test]
    public async Task An_attempt_past_the_timeout_reaches_a_catch_of_its_own_type()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Reply.After(TimeSpan.FromSeconds(5), Reply.Json("{}")));
        var kwiga = KwigaClientFactory.Create(TestClients.Options(o =>
        {
            o.BaseUrl = server.BaseUrl;
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxRetries = 0;
        }));

        var caught = await new Catcher<KwigaTimeoutException>().CatchAsync(() => kwiga.Contacts[1].GetAsync());

        Assert.That(caught, Is.Not.Null);
    }

    private static TestCaseData Case<T>(Action<MockHttpMessageHandler> server)
        where T : Exception =>
        new TestCaseData(new Catcher<T>(), server).SetArgDisplayNames(typeof(T).Name);

    private static Action<MockHttpMessageHandler> Answer(HttpStatusCode status, string json, params (string Name, string Value)[] headers) =>
        transport => transport.Fallback.Respond(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });

    /// <summary>A <c>catch</c> of one exception type (generic, so the test case can name it).</summary>
    public interface ICatcher
    {
        Task<Exception?> CatchAsync(Func<Task> call);
    }

    private sealed class Catcher<T> : ICatcher
        where T : Exception
    {
        public async Task<Exception?> CatchAsync(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (T e)
            {
                return e;
            }

            return null;
        }

        public override string ToString() => $"catch ({typeof(T).Name})";
    }
}
