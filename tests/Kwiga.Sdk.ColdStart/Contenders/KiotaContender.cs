using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Kwiga.Sdk.ColdStart.Contenders;

/// <summary>
/// Plain Kiota: the same generated client over Kiota's own adapter and default handlers, without
/// anything of the SDK's pipeline (no credentials, rate limit, retries, typed errors or lenient reading).
/// </summary>
public static class KiotaContender
{
    /// <summary>Runs the contender.</summary>
    public static async Task<int> RunAsync(Clock clock, Uri baseUrl)
    {
        clock.Mark("main");
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: KiotaClientFactory.Create(LoopbackTls.Handler()))
        {
            BaseUrl = baseUrl.ToString().TrimEnd('/'),
        };
        var kiota = new KwigaClient(adapter);
        clock.Mark("client");
        var page = await kiota.Courses[20].Users.GetAsync(r => r.QueryParameters.Page = 1).ConfigureAwait(false);
        clock.Mark("response");
        return clock.Report(page?.Data?.Count ?? 0);
    }
}
