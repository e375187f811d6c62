using System.Text.Json;

namespace Kwiga.Sandbox.Errors;

/// <summary>Writes the error bodies a Laravel API sends: <c>{"message": ...}</c> and the 422 form with <c>errors</c>.</summary>
internal static class LaravelErrors
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"message": message}</c> with <paramref name="status"/>.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message)
        => WriteBodyAsync(context, status, new Dictionary<string, object> { ["message"] = message });

    /// <summary>Writes a 422 whose <c>message</c> is the first error, as Laravel words it.</summary>
    public static Task WriteValidationAsync(HttpContext context, IReadOnlyDictionary<string, List<string>> errors)
        => WriteBodyAsync(context, StatusCodes.Status422UnprocessableEntity, new Dictionary<string, object>
        {
            ["message"] = ValidationMessage(errors),
            ["errors"] = errors,
        });

    /// <summary>"The email field is required. (and 2 more errors)", as Laravel's ValidationException words it.</summary>
    public static string ValidationMessage(IReadOnlyDictionary<string, List<string>> errors)
    {
        var messages = errors.Values.SelectMany(m => m).ToList();
        if (messages.Count == 0)
        {
            return "The given data was invalid.";
        }

        var more = messages.Count - 1;
        return more switch
        {
            0 => messages[0],
            1 => $"{messages[0]} (and 1 more error)",
            _ => $"{messages[0]} (and {more} more errors)",
        };
    }

    private static async Task WriteBodyAsync(HttpContext context, int status, Dictionary<string, object> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
