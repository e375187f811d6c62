using System.Net.Security;

namespace Kwiga.Sdk.ColdStart.Contenders;

/// <summary>
/// The transport every contender uses: a <see cref="SocketsHttpHandler"/> (what .NET's HttpClient uses
/// anyway) that accepts the comparison's self-signed loopback certificate. Only for this program.
/// </summary>
public static class LoopbackTls
{
    /// <summary>A new handler that trusts the loopback server's certificate.</summary>
    public static SocketsHttpHandler Handler() => new()
    {
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = static (_, _, _, _) => true },
    };
}
