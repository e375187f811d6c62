using System.Globalization;
using Kwiga.Sandbox;
using Kwiga.Sandbox.Errors;
using Microsoft.Extensions.Options;

namespace Kwiga.Sdk.Testing.Faults;

/// <summary>
/// Answers a request with the fault that picks it. Runs after authentication and method override, as a real
/// server's failures come after its auth: the request is matched by the method it is routed with.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, SandboxFaults faults, IOptions<SandboxOptions> options, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Items[typeof(RecordedRequest)] is not RecordedRequest recorded)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        recorded.Method = context.Request.Method;
        var fault = faults.Pick(recorded);
        switch (fault?.Response)
        {
            case null:
                break;
            case { Kind: FaultKind.Delay } delay:
                await Task.Delay(delay.Wait, clock, context.RequestAborted).ConfigureAwait(false);
                break;
            case { Kind: FaultKind.RateLimited } limited:
                WriteRateLimitHeaders(context, limited.Wait);
                await LaravelErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Attempts.").ConfigureAwait(false);
                return;
            case { Kind: FaultKind.ServerError } error:
                await LaravelErrors.WriteAsync(context, error.Status, error.Status == 500 ? "Server Error" : ReasonPhrase(error.Status)).ConfigureAwait(false);
                return;
            case { Kind: FaultKind.Validation } invalid:
                await LaravelErrors.WriteValidationAsync(context, new Dictionary<string, List<string>> { [invalid.Field!] = [invalid.Message!] }).ConfigureAwait(false);
                return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>What the sandbox's throttle sends with its own 429 (RateLimitMiddleware), for this wait.</summary>
    private void WriteRateLimitHeaders(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(0, (long)Math.Ceiling(wait.TotalSeconds));
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = options.Value.RateLimit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = "0";
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (clock.GetUtcNow().ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture);
    }

    private static string ReasonPhrase(int status)
        => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Server Error";
}
