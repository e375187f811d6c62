using System.Globalization;
using Kwiga.Sdk.Sample.Commands;

namespace Kwiga.Sdk.Sample.Output;

/// <summary>
/// One line a person can act on, and the exit code, for every failure the program expects. The SDK's
/// exceptions carry no credentials, so their facts (status, method, path, server message) are safe to show.
/// </summary>
internal sealed record Failure(string Message, int ExitCode)
{
    /// <summary>The failure for <paramref name="exception"/>, or null for a bug (which then crashes with its stack trace).</summary>
    public static Failure? From(Exception exception, CancellationToken cancellation) => exception switch
    {
        OperationCanceledException when cancellation.IsCancellationRequested => new("cancelled.", ExitCodes.Cancelled),
        UsageException e => new(e.Message, ExitCodes.Usage),
        KwigaConfigurationException e => new("invalid client options: " + string.Join(" ", e.Problems), ExitCodes.Usage),
        KwigaAuthenticationException e => Api(e, "KWIGA refused the credentials; check KWIGA_TOKEN and KWIGA_CABINET_HASH, and that API access is enabled for the cabinet"),
        KwigaNotFoundException e => Api(e, "not found in this cabinet"),
        KwigaValidationException e => Api(e, "KWIGA rejected the input: " + FirstError(e)),
        KwigaRateLimitException e => Api(e, "the token's rate limit is used up" + (e.RetryAfter is { } after ? $"; try again in {Math.Ceiling(after.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s" : string.Empty)),
        KwigaServerException e => Api(e, "KWIGA failed on its side" + Quoted(e.ServerMessage) + "; try again later"),

        // These messages already name the request and the root cause (a TLS or DNS failure, the redirect's target).
        KwigaTransportException e => new($"cannot reach KWIGA: {e.Message}", ExitCodes.ApiFailure),
        KwigaRedirectException or KwigaUnexpectedResponseException or KwigaPaginationException => new(exception.Message, ExitCodes.ApiFailure),
        KwigaApiException e => Api(e, "KWIGA refused the request" + Quoted(e.ServerMessage)),
        _ => null,
    };

    private static Failure Api(KwigaApiException e, string what) =>
        new($"{what.TrimEnd('.')} ({e.Details.StatusCode} to {e.Details.Method} {e.Details.Path}).", ExitCodes.ApiFailure);

    private static string FirstError(KwigaValidationException e)
    {
        if (e.Errors.Count == 0)
        {
            return e.ServerMessage ?? "no details";
        }

        var (field, messages) = e.Errors.First();
        var more = e.Errors.Count > 1 ? $" (and {e.Errors.Count - 1} more)" : string.Empty;
        return $"{field}: {string.Join(" ", messages)}{more}";
    }

    private static string Quoted(string? message) => string.IsNullOrWhiteSpace(message) ? string.Empty : $" ({message.TrimEnd('.')})";
}
