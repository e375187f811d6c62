using System.Text.Json;

namespace Kwiga.Sandbox.Http;

/// <summary>
/// Laravel's method spoofing: a POST with <c>_method=PUT|PATCH|DELETE</c> is routed as that method. The SDK's
/// method-override mode puts <c>_method</c> in the query string; a form field or a top-level JSON body
/// property works too, as in Laravel. Runs before routing.
/// </summary>
internal sealed class MethodOverrideMiddleware(RequestDelegate next)
{
    private static readonly string[] Overridable = [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method))
        {
            var spoofed = request.Query["_method"].ToString();
            if (spoofed.Length == 0)
            {
                spoofed = await FromBodyAsync(request);
            }

            var method = Overridable.FirstOrDefault(m => string.Equals(m, spoofed, StringComparison.OrdinalIgnoreCase));
            if (method is not null)
            {
                request.Method = method;
            }
        }

        await next(context);
    }

    private static async Task<string> FromBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form["_method"].ToString();
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return string.Empty;
        }

        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("_method", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString() ?? string.Empty
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty; // The input formatter reports the broken body.
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
