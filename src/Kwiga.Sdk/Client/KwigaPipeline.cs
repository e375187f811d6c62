using System.Threading.RateLimiting;
using Kwiga.Sdk.Middleware;
using Kwiga.Sdk.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Kwiga.Sdk.Client;

/// <summary>
/// The HTTP handler chain of a KWIGA client, outermost first:
/// <list type="number">
/// <item><see cref="ErrorHandler"/> — typed exceptions for every failed response;</item>
/// <item><see cref="LanguageHandler"/>, <see cref="MethodOverrideHandler"/> — request shaping;</item>
/// <item><see cref="RetryHandler"/> — retries transport failures and 5xx, for idempotent methods only;</item>
/// <item><see cref="RateLimitHandler"/> — a permit of the token's shared budget for every attempt (retries
/// included), resynchronised from the server's headers; absorbs 429s (not processed, safe to resend);</item>
/// <item><see cref="AttemptTelemetryHandler"/> — measures each attempt and counts 429s (nothing when nobody listens);</item>
/// <item><see cref="AttemptTimeoutHandler"/> — bounds each attempt (<see cref="KwigaOptions.Timeout"/>);</item>
/// <item><see cref="LoggingHandler"/> — one line per attempt;</item>
/// <item>Kiota's defaults except its <c>RetryHandler</c> (which retries POST and would retry a 429 a second time);
/// its <c>RedirectHandler</c> follows only redirects on the API host (<see cref="RedirectPolicy"/>);</item>
/// <item><see cref="CredentialGuardHandler"/> — credentials leave for the API host only, whatever a redirect said.</item>
/// </list>
/// </summary>
internal static class KwigaPipeline
{
    /// <summary>Creates the handlers for a client with <paramref name="options"/> (not yet linked).</summary>
    public static IList<DelegatingHandler> CreateHandlers(KwigaOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var time = timeProvider ?? TimeProvider.System;
        var logs = loggerFactory ?? NullLoggerFactory.Instance;
        var handlers = new List<DelegatingHandler>
        {
            new ErrorHandler(time, options.Timeout),
            new LanguageHandler(new LanguageOption { Language = options.Language }),
            new MethodOverrideHandler(new MethodOverrideOption { Enabled = options.UseMethodOverride }),
            new RetryHandler(options.Retry, logs.CreateLogger<RetryHandler>(), time),
            new RateLimitHandler(options.RateLimit, Budget(options, time), logs.CreateLogger<RateLimitHandler>(), time),
            new AttemptTelemetryHandler(time),
            new AttemptTimeoutHandler(options.Timeout, time),
            new LoggingHandler(logs.CreateLogger("Kwiga.Sdk.Http"), time),
        };

        var userAgent = new UserAgentHandlerOption
        {
            ProductName = "Kwiga.Sdk",
            ProductVersion = KwigaVersion.Informational,
        };
        foreach (var kiota in KiotaClientFactory.CreateDefaultHandlers([userAgent, RedirectPolicy.CreateOption()]))
        {
            if (kiota is not Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler)
            {
                handlers.Add(kiota);
            }
        }

        if (options.UserAgentSuffix is { } suffix && UserAgentSuffixHandler.TryParse(suffix, out var products))
        {
            // After Kiota's UserAgentHandler, so the SDK's own product comes first.
            handlers.Add(new UserAgentSuffixHandler(products));
        }

        handlers.Add(new CredentialGuardHandler(options.BaseUrl));

        return handlers;
    }

    /// <summary>
    /// The budget of the client's token, bound once here: <see cref="KwigaOptions.RateLimiterFactory"/> when
    /// set (e.g. a Redis-backed limiter shared across processes), else the in-process budget every client of
    /// this process shares for the same token. A client sends one token, so nothing is looked up per request.
    /// </summary>
    private static RateLimiter Budget(KwigaOptions options, TimeProvider time)
    {
        var key = TokenKey.Of(options.Token!);
        return options.RateLimiterFactory is { } factory
            ? factory(key)
            : KwigaBudgetLimiter.Shared(key, options.RateLimit, time);
    }

    /// <summary>Links <paramref name="handlers"/> in order over <paramref name="transport"/>.</summary>
    public static HttpMessageHandler Link(IList<DelegatingHandler> handlers, HttpMessageHandler transport)
    {
        var inner = transport;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }
}
