using System.Text;
using System.Text.Json;
using Kwiga.Sdk.RateLimiting;

namespace Kwiga.Sdk.Errors;

/// <summary>Turns a failed response into the matching <see cref="KwigaApiException"/>, whatever its body.</summary>
internal static class KwigaErrorFactory
{
    private const int MaxBodyBytes = 64 * 1024;
    private const int ExcerptLength = 200;

    public static async Task<KwigaApiException> CreateAsync(HttpRequestMessage request, HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var (message, errors) = ParseLaravelError(body);
        var details = KwigaErrorDetails.For(request, (int)response.StatusCode, message, message is null && errors is null ? Excerpt(body) : null);

        return (int)response.StatusCode switch
        {
            401 or 403 => new KwigaAuthenticationException(details),
            404 => new KwigaNotFoundException(details),
            422 => new KwigaValidationException(details, errors ?? new Dictionary<string, IReadOnlyList<string>>()),
            429 => RateLimited(details, RateLimitHeaders.Read(response.Headers, now), now),
            >= 500 => new KwigaServerException(details),
            >= 300 and < 400 => new KwigaRedirectException(details, Middleware.RedirectPolicy.TargetOf(response)),
            _ => new KwigaApiException(details),
        };
    }

    /// <summary>A success response whose content type the request did not accept; the message carries an excerpt.</summary>
    public static async Task<KwigaUnexpectedResponseException> CreateUnexpectedAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var excerpt = Excerpt(body);
        var details = KwigaErrorDetails.For(request, (int)response.StatusCode, bodyExcerpt: excerpt);
        var type = response.Content?.Headers.ContentType?.MediaType;
        return new KwigaUnexpectedResponseException(details, excerpt is null ? $"{type}, empty" : $"{type}: {excerpt}");
    }

    /// <summary>A success response whose JSON does not parse (a truncated body).</summary>
    public static KwigaUnexpectedResponseException Unparsable(HttpRequestMessage request, HttpResponseMessage response, Exception parserError) =>
        new(KwigaErrorDetails.For(request, (int)response.StatusCode), parserError.Message, parserError);

    /// <summary>A success response without the <c>data</c> its operation returns.</summary>
    public static KwigaUnexpectedResponseException MissingData(KwigaErrorDetails details, bool hadBody) =>
        new(details, hadBody ? "no \"data\" in the body" : "no body");

    /// <summary>
    /// No complete response. The request may have reached the server unless no connection was made at
    /// all (refused, a name that does not resolve, a TLS failure): only then is resending always safe.
    /// </summary>
    public static KwigaTransportException Transport(HttpRequestMessage request, Exception failure, TimeSpan attemptTimeout)
    {
        var details = KwigaErrorDetails.For(request, 0);
        if (failure is TimeoutException || failure is OperationCanceledException)
        {
            return new KwigaTimeoutException(details, attemptTimeout, failure);
        }

        var (reached, what) = Classify(failure);
        return new KwigaTransportException(details, reached, what, failure);
    }

    private static (bool Reached, string What) Classify(Exception failure)
    {
#if NET8_0_OR_GREATER
        if (failure is HttpRequestException { HttpRequestError: var error })
        {
            switch (error)
            {
                case HttpRequestError.NameResolutionError:
                    return (false, "the API host's name does not resolve");
                case HttpRequestError.ConnectionError:
                    return (false, "no connection to the API host could be made");
                case HttpRequestError.SecureConnectionError:
                    return (false, "the TLS connection to the API host could not be established");
            }
        }
#endif
        for (var inner = failure; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Net.Sockets.SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case System.Net.Sockets.SocketError.ConnectionRefused:
                        return (false, "the API host refused the connection");
                    case System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.NoData:
                        return (false, "the API host's name does not resolve");
                }
            }
        }

        return (true, "the connection broke before the whole response arrived");
    }

    private static KwigaRateLimitException RateLimited(KwigaErrorDetails details, RateLimitHeaders headers, DateTimeOffset now) =>
        new(details, headers.DelayFrom(now), headers.Limit, headers.ResetAt);

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null)
        {
            return string.Empty;
        }

#if NET5_0_OR_GREATER
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = new byte[MaxBodyBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    /// <summary>Reads <c>{"message": …, "errors": {field: [messages]}}</c>; anything else yields nulls.</summary>
    private static (string? Message, IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors) ParseLaravelError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var root = document.RootElement;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            Dictionary<string, IReadOnlyList<string>>? errors = null;
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                errors = [];
                foreach (var field in e.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind switch
                    {
                        JsonValueKind.Array => field.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList(),
                        JsonValueKind.String => [field.Value.GetString()!],
                        _ => [field.Value.GetRawText()],
                    };
                }
            }

            return (message, errors);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Excerpt(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var flat = string.Join(" ", body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : flat.Substring(0, ExcerptLength) + "…";
    }
}
