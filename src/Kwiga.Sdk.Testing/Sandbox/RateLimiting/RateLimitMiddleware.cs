using System.Globalization;
using Kwiga.Sandbox.Errors;

namespace Kwiga.Sandbox.RateLimiting;

/// <summary>
/// Applies the per-token limit and writes <c>X-RateLimit-Limit</c> / <c>X-RateLimit-Remaining</c> on every
/// response; a refused request gets 429 <c>{"message":"Too Many Attempts."}</c> with <c>Retry-After</c>
/// (seconds) and <c>X-RateLimit-Reset</c> (UNIX seconds). It runs before authentication, so a 401 carries
/// the headers too; requests without a token share one key per client address.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, FixedWindowLimiter limiter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var decision = limiter.Hit(KeyOf(context));
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);

        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        // Whole seconds, rounded up: a client that waits Retry-After seconds finds a new window.
        var retryAfter = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var resetsAt = (long)Math.Ceiling(decision.ResetsAt.ToUnixTimeMilliseconds() / 1000.0);
        headers["X-RateLimit-Reset"] = resetsAt.ToString(CultureInfo.InvariantCulture);
        await LaravelErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Attempts.");
    }

    private static string KeyOf(HttpContext context)
    {
        var token = context.Request.Headers["Token"].ToString();
        return token.Length > 0 ? "token:" + token : "ip:" + context.Connection.RemoteIpAddress;
    }
}
