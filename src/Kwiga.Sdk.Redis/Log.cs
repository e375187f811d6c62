using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.Redis;

/// <summary>What the Redis budget logs: endpoints without password, never a token or a token key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Redis at {Endpoint} is unreachable ({Reason}); each process now limits KWIGA requests with its own in-process budget until Redis answers again (next try in {RetrySeconds:0.#} s)")]
    public static partial void FallingBack(ILogger logger, string endpoint, string reason, double retrySeconds);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Redis at {Endpoint} is unreachable ({Reason}); KWIGA requests fail with KwigaRedisUnavailableException (FailFast) until Redis answers again (next try in {RetrySeconds:0.#} s)")]
    public static partial void FailingFast(ILogger logger, string endpoint, string reason, double retrySeconds);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Redis at {Endpoint} answers again after {OutageSeconds:0.#} s; the KWIGA rate-limit budget is shared through it again")]
    public static partial void Recovered(ILogger logger, string endpoint, double outageSeconds);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Redis at {Endpoint} still unreachable ({Reason}); next try in {RetrySeconds:0.#} s")]
    public static partial void StillDown(ILogger logger, string endpoint, string reason, double retrySeconds);
}
