using System.Text.Json;
using Kwiga.Sdk.Errors;
using Kwiga.Sdk.Observability;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// The one place that decides what a failed exchange becomes (through <see cref="KwigaErrorFactory"/>):
/// <list type="bullet">
/// <item>a non-success status → a typed <see cref="KwigaApiException"/>, whatever the body (Laravel JSON,
/// an HTML proxy page, truncated JSON, nothing);</item>
/// <item>a success status with a body of a type the request did not accept (a proxy's HTML page answered
/// 200), or JSON that does not parse (a truncated body) → <see cref="KwigaUnexpectedResponseException"/>;</item>
/// <item>no complete response (a connection refused, reset or broken mid-body; a name that does not
/// resolve; a TLS failure; an attempt that timed out) → <see cref="KwigaTransportException"/> or
/// <see cref="KwigaTimeoutException"/>, saying whether the request may have reached the server.</item>
/// </list>
/// The caller's own cancellation passes unchanged. It sits outermost, so the rate-limit and retry
/// handlers below it see raw 429/5xx responses and transport failures first, and it sees each
/// response whole (<see cref="AttemptTimeoutHandler"/> reads the body within the attempt).
/// </summary>
internal sealed class ErrorHandler : DelegatingHandler
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _attemptTimeout;

    /// <summary>Creates the handler.</summary>
    public ErrorHandler(TimeProvider? timeProvider = null, TimeSpan? attemptTimeout = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _attemptTimeout = attemptTimeout ?? Timeout.InfiniteTimeSpan;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (KwigaApiException e)
        {
            e.AttachRequest(request);
            throw;
        }
        catch (Exception e) when (RetryHandler.IsTransportFailure(e) || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw KwigaErrorFactory.Transport(request, e, _attemptTimeout);
        }

        if (response.IsSuccessStatusCode)
        {
            request.GetRequestOption<ResponseRecord>()?.Note(request, response);
            if (IsUnaskedContentType(request, response))
            {
                UnexpectedResponseTelemetry.Record(KwigaTelemetry.OperationOf(request), (int)response.StatusCode, UnexpectedResponseTelemetry.ContentType);
                using (response)
                {
                    throw await KwigaErrorFactory.CreateUnexpectedAsync(request, response, cancellationToken).ConfigureAwait(false);
                }
            }

            if (UnparsableJson(response) is { } problem)
            {
                UnexpectedResponseTelemetry.Record(KwigaTelemetry.OperationOf(request), (int)response.StatusCode, UnexpectedResponseTelemetry.InvalidJson);
                using (response)
                {
                    throw KwigaErrorFactory.Unparsable(request, response, problem);
                }
            }

            return response;
        }

        using (response)
        {
            throw await KwigaErrorFactory.CreateAsync(request, response, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A JSON body that is not whole JSON (truncated, cut by a proxy): found here, on the buffered bytes,
    /// rather than by the parser after the response has left the handlers. Null when it reads.
    /// </summary>
    private static JsonException? UnparsableJson(HttpResponseMessage response)
    {
        if (response.Content is not BufferedContent body || body.Bytes.IsEmpty || !IsJson(body.Headers.ContentType?.MediaType))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body.Bytes);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException e)
        {
            return e;
        }
    }

    /// <summary>
    /// A body of a type the request's <c>Accept</c> did not list. JSON, the answer to every KWIGA
    /// operation, is settled by one comparison; only another type reads the request's header.
    /// </summary>
    private static bool IsUnaskedContentType(HttpRequestMessage request, HttpResponseMessage response)
    {
        var type = response.Content?.Headers.ContentType?.MediaType;
        if (type is null || IsJson(type) || response.Content!.Headers.ContentLength == 0 || request.Headers.Accept.Count == 0)
        {
            return false;
        }

        foreach (var accepted in request.Headers.Accept)
        {
            if (accepted.MediaType is "*/*" || string.Equals(accepted.MediaType, type, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsJson(string? type) =>
        type is not null && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
