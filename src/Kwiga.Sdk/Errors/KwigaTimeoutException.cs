namespace Kwiga.Sdk;

/// <summary>
/// One attempt took longer than <see cref="KwigaOptions.Timeout"/> (the whole response, body included).
/// Idempotent requests were already retried. The request may have reached the server. Your own
/// cancellation is never reported this way: it stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class KwigaTimeoutException : KwigaTransportException
{
    /// <summary>Creates the exception.</summary>
    public KwigaTimeoutException(KwigaErrorDetails details, TimeSpan timeout, Exception? innerException)
        : base(details, mayHaveReachedServer: true, $"no complete response within {timeout.TotalSeconds:0.###} s (KwigaOptions.Timeout)", innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The attempt timeout that passed.</summary>
    public TimeSpan Timeout { get; }
}
