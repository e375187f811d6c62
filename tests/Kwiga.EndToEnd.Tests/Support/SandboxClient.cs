using Kwiga.Sandbox;
using Kwiga.Sdk;

namespace Kwiga.EndToEnd.Tests.Support;

/// <summary>Clients built the way a user builds them (<see cref="KwigaClientFactory"/>), pointed at a sandbox.</summary>
public static class SandboxClient
{
    /// <summary>
    /// A client for <paramref name="sandbox"/> (default: the shared one) with its token and cabinet hash.
    /// The SDK keeps one rate-limit budget per token for the whole process, created with the settings of
    /// the first client that uses the token: every client of the shared sandbox's token gets the same
    /// generous budget here, so no test decides it for another by running first.
    /// </summary>
    internal static KwigaClient For(RunningSandbox? sandbox = null, Action<KwigaOptions>? configure = null, HttpMessageHandler? transport = null)
    {
        sandbox ??= SharedSandbox.Instance;
        var options = Options(sandbox);
        if (sandbox == SharedSandbox.Instance)
        {
            options.RateLimit.PermitLimit = 100_000;
        }

        configure?.Invoke(options);
        return KwigaClientFactory.Create(options, transport: transport);
    }

    /// <summary>The options a user would write for <paramref name="sandbox"/>.</summary>
    internal static KwigaOptions Options(RunningSandbox sandbox) => new()
    {
        Token = sandbox.Options.Token,
        CabinetHash = sandbox.Options.CabinetHash,
        BaseUrl = sandbox.BaseUrl,
    };
}
