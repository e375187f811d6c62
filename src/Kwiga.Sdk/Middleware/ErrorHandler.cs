using Kwiga.Sdk.Errors;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Turns every non-success response into a typed <see cref="KwigaApiException"/>, whatever the body
/// (Laravel JSON, an HTML proxy page, truncated JSON, nothing), and a success response of a content
/// type the request did not accept (a proxy's HTML page answered 200) into a
/// <see cref="KwigaUnexpectedResponseException"/>. It sits outermost, so the rate-limit and retry
/// handlers below it see the raw 429/5xx responses first.
/// </summary>
internal sealed class ErrorHandler : DelegatingHandler
{
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    public ErrorHandler(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            request.GetRequestOption<ResponseRecord>()?.Note(request, response);
            if (!IsUnaskedContentType(request, response))
            {
                return response;
            }

            using (response)
            {
                throw await KwigaErrorFactory.CreateUnexpectedAsync(request, response, cancellationToken).ConfigureAwait(false);
            }
        }

        using (response)
        {
            throw await KwigaErrorFactory.CreateAsync(request, response, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
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
