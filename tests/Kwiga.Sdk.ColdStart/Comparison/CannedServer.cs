using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Kwiga.Testing;

namespace Kwiga.Sdk.ColdStart.Comparison;

/// <summary>
/// Answers every request on 127.0.0.1 with the docs' <c>listCourseUsers</c> <c>withInclude</c> example
/// (3.6 KB, every include) and KWIGA's rate-limit headers, as the real API would.
/// </summary>
public sealed class CannedServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _body = JsonSerializer.SerializeToUtf8Bytes(ContractExamples.SuccessExample("listCourseUsers", "withInclude"));
    private readonly Task _serving;

    /// <summary>Starts listening on a free port.</summary>
    public CannedServer()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Where the contenders send their request.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Requests answered.</summary>
    public int Answered { get; private set; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving.ConfigureAwait(false);
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending GetContextAsync.
        }
        catch (ObjectDisposedException)
        {
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync().ConfigureAwait(false);
            var response = context.Response;
            response.StatusCode = 200;
            response.ContentType = "application/json";
            response.Headers["X-RateLimit-Limit"] = "200";
            response.Headers["X-RateLimit-Remaining"] = "199";
            response.ContentLength64 = _body.Length;
            await response.OutputStream.WriteAsync(_body).ConfigureAwait(false);
            response.Close();
            Answered++;
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
