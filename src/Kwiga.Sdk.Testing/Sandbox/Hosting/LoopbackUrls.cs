using System.Net;

namespace Kwiga.Sandbox.Hosting;

/// <summary>The sandbox listens on loopback only: a fake API with fake credentials must not be reachable from elsewhere.</summary>
internal static class LoopbackUrls
{
    /// <summary>Returns <paramref name="urls"/> (separated by <c>;</c>) when every host is loopback; throws otherwise.</summary>
    public static string Require(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsLoopback(uri.Host))
            {
                throw new InvalidOperationException($"The sandbox binds to loopback addresses only (127.0.0.1, [::1], localhost); '{url}' is not one.");
            }
        }

        return urls;
    }

    private static bool IsLoopback(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
