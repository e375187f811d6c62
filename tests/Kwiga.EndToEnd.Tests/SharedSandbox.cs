using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sandbox;

namespace Kwiga.EndToEnd.Tests;

/// <summary>
/// One sandbox for the tests that do not depend on the rate limit, started once for the assembly with its
/// limit raised so they never meet it. Tests that write use fresh emails, codes and lists, so the seeded
/// data other tests read stays as seeded. Rate-limit tests start sandboxes of their own (<see cref="Unique.Token"/>).
/// </summary>
[SetUpFixture]
public sealed class SharedSandbox
{
    internal static RunningSandbox Instance { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        Instance = await SandboxServer.StartAsync(new SandboxOptions { RateLimit = { Limit = 100_000 } });

    [OneTimeTearDown]
    public async Task StopAsync() => await Instance.DisposeAsync();
}
