namespace Kwiga.Sdk.Observability;

/// <summary><c>kwiga.client.unexpected_responses</c>: success responses the SDK could not use, by reason.</summary>
internal static class UnexpectedResponseTelemetry
{
    /// <summary>A body of a type the request did not accept (a proxy's HTML page).</summary>
    public const string ContentType = "content_type";

    /// <summary>JSON that does not parse (a truncated body).</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>A <c>{"data": …}</c> envelope without its data, or no body at all.</summary>
    public const string MissingData = "missing_data";

    /// <summary>Counts an unusable response of <paramref name="operation"/> with <paramref name="statusCode"/>.</summary>
    public static void Record(string? operation, int statusCode, string reason)
    {
        if (!KwigaTelemetry.UnexpectedResponses.Enabled)
        {
            return;
        }

        var tags = TelemetryTags.OperationOnly(operation);
        tags.Add(TelemetryTags.StatusCode, statusCode);
        tags.Add(TelemetryTags.UnexpectedReason, reason);
        KwigaTelemetry.UnexpectedResponses.Add(1, tags);
    }
}
