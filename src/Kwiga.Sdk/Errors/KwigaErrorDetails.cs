using System.Net;

namespace Kwiga.Sdk;

/// <summary>The facts of a failed KWIGA response, free of credentials.</summary>
public sealed class KwigaErrorDetails
{
    /// <summary>Creates the details.</summary>
    public KwigaErrorDetails(int statusCode, string method, string path, string? serverMessage, string? bodyExcerpt)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        ServerMessage = serverMessage;
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The HTTP status code; 0 when no response came back.</summary>
    public int StatusCode { get; }

    /// <summary>The request method as sent (POST for an overridden PUT/DELETE).</summary>
    public string Method { get; }

    /// <summary>The request path, without the query string (it may carry personal data such as emails).</summary>
    public string Path { get; }

    /// <summary>The <c>message</c> of a Laravel error body, or null when the body had none.</summary>
    public string? ServerMessage { get; }

    /// <summary>The start of a body that was not the expected JSON (an HTML proxy page, truncated JSON), or null.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The method and path of a failure raised where the request was not at hand, until it is attached.</summary>
    internal const string Unknown = "?";

    /// <summary>Details of a request that was not sent (no status), to be completed by <see cref="KwigaApiException.AttachRequest"/>.</summary>
    public static KwigaErrorDetails NotSent() => new(0, Unknown, Unknown, null, null);

    /// <summary>Why the SDK itself did not send the request (a full queue, no permit in time), or null.</summary>
    private string? _notSentBecause;

    /// <summary>
    /// A request the SDK held back on its own, reported as the 429 it stands in for (the caller handles one
    /// case) but described as what happened: nothing reached KWIGA.
    /// </summary>
    internal static KwigaErrorDetails NotSentLocally(HttpRequestMessage request, int statusCode, string because) =>
        new(statusCode, request.Method.Method, request.RequestUri?.AbsolutePath ?? "?", null, null) { _notSentBecause = because };

    /// <summary>The details of a response to <paramref name="request"/>: the method as sent, the path without the query.</summary>
    internal static KwigaErrorDetails For(HttpRequestMessage request, int statusCode, string? serverMessage = null, string? bodyExcerpt = null) =>
        new(statusCode, request.Method.Method, request.RequestUri?.AbsolutePath ?? "?", serverMessage, bodyExcerpt);

    internal string DescribeRequest()
    {
        if (_notSentBecause is not null)
        {
            return $"Not sent: the SDK held back KWIGA request {Method} {Path} ({_notSentBecause}); nothing reached the server";
        }

        if (StatusCode == 0)
        {
            return $"KWIGA request {Method} {Path} got no response";
        }

        var reason = Enum.IsDefined(typeof(HttpStatusCode), StatusCode) ? " " + (HttpStatusCode)StatusCode : string.Empty;
        return $"KWIGA API answered {StatusCode}{reason} to {Method} {Path}";
    }

    internal string Describe()
    {
        var text = DescribeRequest();
        if (ServerMessage is { Length: > 0 })
        {
            return $"{text}: {ServerMessage}";
        }

        return BodyExcerpt is { Length: > 0 } ? $"{text}; the body was not a KWIGA error: {BodyExcerpt}" : text + ".";
    }
}
