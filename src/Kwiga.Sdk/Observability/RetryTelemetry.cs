namespace Kwiga.Sdk.Observability;

/// <summary>
/// A request sent again: <c>kwiga.client.retries</c> by reason, and a <c>kwiga.retry</c> event on the
/// call's span (reason, delay, the number of the attempt about to be sent, the status that caused it).
/// </summary>
internal static class RetryTelemetry
{
    /// <summary>A 429: the server did not process the request.</summary>
    public const string Throttled = "throttled";

    /// <summary>500, 502, 503 or 504.</summary>
    public const string ServerError = "server_error";

    /// <summary>No complete response: refused, reset, broken body, DNS, TLS.</summary>
    public const string TransportError = "transport_error";

    /// <summary>The attempt ran past <c>KwigaOptions.Timeout</c>.</summary>
    public const string Timeout = "timeout";

    /// <summary>The reason for resending after <paramref name="failure"/> (a transport failure or an attempt timeout).</summary>
    public static string ReasonOf(Exception failure) => failure is TimeoutException ? Timeout : TransportError;

    /// <summary>Records that <paramref name="request"/> is sent again after <paramref name="delay"/>.</summary>
    public static void Retrying(HttpRequestMessage request, string reason, TimeSpan delay, int? statusCode)
    {
        if (KwigaTelemetry.Retries.Enabled)
        {
            var tags = TelemetryTags.OperationOnly(KwigaTelemetry.OperationOf(request));
            tags.Add(TelemetryTags.RetryReason, reason);
            KwigaTelemetry.Retries.Add(1, tags);
        }

        if (KwigaTelemetry.Source.HasListeners())
        {
            OperationTelemetry.Of(request)?.Retrying(reason, delay, statusCode);
        }
    }
}
