using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>Clients wired exactly as in production, over a MockHttp transport.</summary>
internal static class TestClients
{
    public const string Token = "test-token-0123456789abcdefghijklmnop";
    public const string CabinetHash = "test-cabinet-hash-9876543210zyxwvu";
    public const string BaseUrl = "https://api.kwiga.com";

    public static KwigaOptions Options(Action<KwigaOptions>? configure = null)
    {
        var options = new KwigaOptions { Token = Token, CabinetHash = CabinetHash };
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);

        // The budget is per token and process-wide: tests that are not about rate limiting must not
        // share (and drain) one. Rate-limit tests turn it on with a token of their own.
        options.RateLimit.Enabled = false;
        configure?.Invoke(options);
        return options;
    }

    public static KwigaClient Create(MockHttpMessageHandler transport, Action<KwigaOptions>? configure = null, ILoggerFactory? logs = null, TimeProvider? time = null) =>
        KwigaClientFactory.Create(Options(configure), logs, time, transport);
}
