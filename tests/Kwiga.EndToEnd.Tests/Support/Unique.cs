namespace Kwiga.EndToEnd.Tests.Support;

/// <summary>Values no other test uses.</summary>
public static class Unique
{
    /// <summary>
    /// A token no other test uses. The SDK's in-process limiter (<c>RateLimiterRegistry.Shared</c>) is keyed
    /// by the token's hash, so a test that measures the budget needs a sandbox that accepts a token of its own.
    /// </summary>
    public static string Token(string purpose) => $"e2e-{purpose}-{Guid.NewGuid():N}";

    /// <summary>An email no seeded or previously created contact has.</summary>
    public static string Email(string purpose) => $"{purpose}.{Guid.NewGuid():N}@e2e.test";
}
