namespace Kwiga.Sdk.Client;

/// <summary>
/// Turns off the platform handler's own redirects. HttpClientHandler and SocketsHttpHandler follow
/// redirects by default and re-send every custom header, <c>Token</c> and <c>Cabinet-Hash</c>
/// included, to whatever host a redirect names (they strip only <c>Authorization</c>). The SDK's
/// redirect handler decides instead (<see cref="Middleware.RedirectPolicy"/>).
/// </summary>
internal static class AutoRedirect
{
    /// <summary>Switches it off on <paramref name="handler"/> and every handler inside it.</summary>
    /// <exception cref="KwigaConfigurationException">The handler follows redirects and has already sent requests, so it can no longer be changed.</exception>
    public static void TurnOff(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            switch (current)
            {
                case HttpClientHandler platform when FollowsRedirects(() => platform.AllowAutoRedirect):
                    Set(() => platform.AllowAutoRedirect = false, current);
                    break;
#if NET5_0_OR_GREATER
                case SocketsHttpHandler sockets when sockets.AllowAutoRedirect:
                    Set(() => sockets.AllowAutoRedirect = false, current);
                    break;
#endif
            }
        }
    }

    private static bool FollowsRedirects(Func<bool> read)
    {
        try
        {
            return read();
        }
        catch (PlatformNotSupportedException)
        {
            // The browser's fetch follows redirects itself and cannot be told otherwise.
            return false;
        }
    }

    private static void Set(Action turnOff, HttpMessageHandler handler)
    {
        try
        {
            turnOff();
        }
        catch (InvalidOperationException)
        {
            throw new KwigaConfigurationException(
            [
                $"The transport handler ({handler.GetType().Name}) follows redirects itself and has already sent requests, so the SDK cannot turn that off; it would re-send the Token and Cabinet-Hash to any host a redirect names. Create it with AllowAutoRedirect = false, or give the SDK a handler that has not been used yet.",
            ]);
        }
        catch (PlatformNotSupportedException)
        {
        }
    }
}
