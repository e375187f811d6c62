using System.Diagnostics.Metrics;

namespace Kwiga.Sdk.Redis;

/// <summary>
/// The meter <c>Kwiga.Sdk.Redis</c> (<c>AddMeter("Kwiga.Sdk", "Kwiga.Sdk.Redis")</c>): how often the shared
/// budget fell back to each process's in-process budget, and for how long. No attributes: an endpoint
/// would name infrastructure, and the token key is a secret's hash.
/// </summary>
internal static class RedisTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string Name = "Kwiga.Sdk.Redis";

    private static readonly Meter Meter = new(Name, typeof(RedisTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Outages during which requests used the in-process budget (FailFast off).</summary>
    public static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "kwiga.redis.fallbacks", "{fallback}", "Times Redis became unreachable and requests fell back to the in-process budget.");

    /// <summary>How long a fallback lasted, recorded when Redis answers again.</summary>
    public static readonly Histogram<double> FallbackDuration = Meter.CreateHistogram<double>(
        "kwiga.redis.fallback.duration", "s", "Time spent on the in-process budget, from Redis's first failure to its first answer again.");
}
