using Kwiga.Sdk.Errors;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// Turns every non-success response into a typed <see cref="KwigaApiException"/>, whatever the body
/// (Laravel JSON, an HTML proxy page, truncated JSON, nothing). It sits outermost, so the rate-limit
/// and retry handlers below it see the raw 429/5xx responses first.
/// </summary>
public sealed class ErrorHandler : DelegatingHandler
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
            return response;
        }

        using (response)
        {
            throw await KwigaErrorFactory.CreateAsync(request, response, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }
}
