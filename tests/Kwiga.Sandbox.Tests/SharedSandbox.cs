using Kwiga.Sandbox;

namespace Kwiga.Sandbox.Tests;

/// <summary>
/// One sandbox for the read-mostly tests of this assembly, started once. Its rate limit is raised so the
/// tests never meet it; <see cref="RateLimitTests"/> starts its own with a small limit and window.
/// Tests that write use fresh emails or contacts no other test reads.
/// </summary>
[SetUpFixture]
public sealed class SharedSandbox
{
    internal static RunningSandbox Instance { get; private set; } = null!;

    public static HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Instance = await SandboxServer.StartAsync(new SandboxOptions { RateLimit = { Limit = 100_000 } });
        Client = Instance.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Client.Dispose();
        await Instance.DisposeAsync();
    }
}
