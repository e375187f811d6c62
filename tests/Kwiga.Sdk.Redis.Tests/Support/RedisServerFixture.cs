using StackExchange.Redis;

namespace Kwiga.Sdk.Redis.Tests.Support;

/// <summary>
/// Starts a redis-server of the fixture's own before its tests and kills it after them. Where
/// redis-server is not installed or cannot start the tests are reported as ignored, with the reason, never as passed.
/// </summary>
public abstract class RedisServerFixture
{
    protected RedisServer Redis { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartRedis()
    {
        if (RedisServer.FindExecutable() is null)
        {
            Assert.Ignore("redis-server is not installed (apt-get install redis-server): these tests need a real Redis on 127.0.0.1.");
        }

        try
        {
            Redis = RedisServer.Start();
        }
        catch (InvalidOperationException e)
        {
            // Installed but unable to start (no free port, a sandbox forbidding it): shown, not hidden.
            Assert.Ignore("redis-server could not be started on 127.0.0.1: " + e.Message);
        }
    }

    [OneTimeTearDown]
    public void StopRedis() => Redis?.Dispose();

    /// <summary>A connection of the test's own, to look at what the limiters wrote.</summary>
    protected async Task<ConnectionMultiplexer> InspectAsync() => await ConnectionMultiplexer.ConnectAsync(Redis.Configuration);

    /// <summary>Permits recorded in the budget's sorted set (0 when the key does not exist).</summary>
    protected async Task<long> PermitsInRedisAsync(string key)
    {
        await using var inspector = await InspectAsync();
        return await inspector.GetDatabase().SortedSetLengthAsync(key);
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; false when it never did.</summary>
    protected static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }
}
