namespace Kwiga.Sdk;

/// <summary>
/// No complete response: the connection could not be made (refused, a name that does not resolve, a
/// TLS failure), or broke before the response or in the middle of its body. Idempotent requests (GET,
/// PUT, DELETE, the POST <c>/query</c> aliases) were already retried. <see cref="MayHaveReachedServer"/>
/// says whether the request can have been processed: when false, it is safe to send again whatever its
/// method; when true, a POST may have been done once already. <see cref="Exception.InnerException"/>
/// is the platform's error; <see cref="Exception.Message"/> names its root cause.
/// </summary>
public class KwigaTransportException : KwigaApiException
{
    /// <summary>Creates the exception.</summary>
    public KwigaTransportException(KwigaErrorDetails details, bool mayHaveReachedServer, string what, Exception? innerException)
        : base(details, Describe(details, mayHaveReachedServer, what, innerException), innerException)
    {
        MayHaveReachedServer = mayHaveReachedServer;
    }

    /// <summary>
    /// False when the request certainly never reached the server (no connection was made), so sending it
    /// again cannot do anything twice; true when it may have been received and processed.
    /// </summary>
    public bool MayHaveReachedServer { get; }

    private static string Describe(KwigaErrorDetails details, bool reached, string what, Exception? inner)
    {
        var root = inner;
        while (root?.InnerException is not null)
        {
            root = root.InnerException;
        }

        var cause = root is null ? string.Empty : $" Cause: {root.GetType().Name}: {root.Message}";
        var safety = reached
            ? "It may have reached the server: resend a POST only if doing it twice is harmless."
            : "It never reached the server: it is safe to send again.";
        return $"KWIGA request {details?.Method} {details?.Path} failed: {what}. {safety}{cause}";
    }
}
