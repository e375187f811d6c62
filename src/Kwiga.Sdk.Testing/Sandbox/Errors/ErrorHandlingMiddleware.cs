namespace Kwiga.Sandbox.Errors;

/// <summary>
/// Turns the sandbox's exceptions into Laravel bodies and gives bodiless 404/405 responses (no route,
/// wrong method) the JSON a Laravel API sends. Anything else is a 500 <c>{"message":"Server Error"}</c>.
/// </summary>
internal sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (SandboxValidationException ex) when (!context.Response.HasStarted)
        {
            await LaravelErrors.WriteValidationAsync(context, ex.Errors);
            return;
        }
        catch (SandboxNotFoundException) when (!context.Response.HasStarted)
        {
            await LaravelErrors.WriteAsync(context, StatusCodes.Status404NotFound, "Not found.");
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Sandbox request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await LaravelErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "Server Error");
            return;
        }

        if (context.Response.HasStarted || context.Response.ContentLength > 0 || context.Response.ContentType is not null)
        {
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status404NotFound)
        {
            await LaravelErrors.WriteAsync(context, StatusCodes.Status404NotFound, $"The route {context.Request.Path.Value?.TrimStart('/')} could not be found.");
        }
        else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            var allowed = context.Response.Headers.Allow.ToString();
            var message = $"The {context.Request.Method} method is not supported for this route."
                + (allowed.Length > 0 ? $" Supported methods: {allowed}." : string.Empty);
            await LaravelErrors.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, message);
        }
    }
}
