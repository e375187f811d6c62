namespace Kwiga.Sdk.ColdStart.Contenders;

/// <summary>What a user writes: the factory with a token and a cabinet hash, then one call (the transport only trusts the loopback certificate).</summary>
public static class SdkContender
{
    /// <summary>Runs the contender.</summary>
    public static async Task<int> RunAsync(Clock clock, Uri baseUrl)
    {
        clock.Mark("main");
        var kwiga = KwigaClientFactory.Create(new KwigaOptions
        {
            Token = "cold-start-token",
            CabinetHash = "cold-start-cabinet",
            BaseUrl = baseUrl,
        }, transport: LoopbackTls.Handler());
        clock.Mark("client");
        var page = await kwiga.Courses[20].Users.GetAsync(r => r.QueryParameters.Page = 1).ConfigureAwait(false);
        clock.Mark("response");
        return clock.Report(page?.Data?.Count ?? 0);
    }
}
