using System.Security.Cryptography;
using System.Text;
using Kwiga.Sandbox;
using Microsoft.Extensions.Options;

namespace Kwiga.Sdk.Testing.Requests;

/// <summary>
/// Records every request into the <see cref="RequestLog"/>, first in the pipeline so a 401 or a 429 is recorded
/// too. The method and status are filled in when the response starts (before the client can see it, so a test
/// that reads the log after its call finds them), 499 when the client gave up first.
/// </summary>
internal sealed class RequestRecorderMiddleware(RequestDelegate next, RequestLog log, IOptions<SandboxOptions> options, TimeProvider clock)
{
    // Credentials never leave the server's memory through the log.
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "Token", "Cabinet-Hash", "Authorization", "Proxy-Authorization", "Cookie" };

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        var rawQuery = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        var headers = request.Headers
            .Where(h => !Hidden.Contains(h.Key))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            request.Method,
            request.Path.HasValue ? request.Path.Value! : "/",
            rawQuery,
            PhpQueryString.Parse(rawQuery),
            headers,
            Matches(request.Headers["Token"].ToString(), options.Value.Token) && Matches(request.Headers["Cabinet-Hash"].ToString(), options.Value.CabinetHash),
            body,
            clock.GetUtcNow());
        context.Items[typeof(RecordedRequest)] = recorded;
        log.Add(recorded);

        context.Response.OnStarting(() =>
        {
            recorded.Method = request.Method;
            recorded.Status = context.Response.StatusCode;
            return Task.CompletedTask;
        });

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (!context.Response.HasStarted && context.RequestAborted.IsCancellationRequested)
            {
                recorded.Method = request.Method;
                recorded.Status = 499;
            }
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any())
        {
            return null;
        }

        // Buffered, so the model binder and the method-override middleware read it again from the start.
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        request.Body.Position = 0;
        return text;
    }

    private static bool Matches(string actual, string expected)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
