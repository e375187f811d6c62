using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 and a free port, answering every request with a script, written
/// on raw sockets so a script can also misbehave as a network does (reset before the headers, reset in
/// the middle of a body, answer late). It records what reached it, <c>Host</c> header included. The same
/// port is reachable as <c>localhost</c>: two host names for one server, enough to test what crosses hosts.
/// (Not Kestrel: ASP.NET's shared framework would lift Microsoft.Extensions.Http to its own version, and
/// these tests must run on the 8.x line the SDK depends on.)
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<Received, int, Reply> _script;
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _count;

    private LoopbackServer(Func<Received, int, Reply> script)
    {
        _script = script;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    /// <summary>The server as <c>http://127.0.0.1:port</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request that reached the server, in order of arrival.</summary>
    public IReadOnlyList<Received> Requests => [.. _received];

    /// <summary>A loopback port nothing listens on (taken and released at once).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts the server; <paramref name="script"/> answers each request, given its 0-based index.</summary>
    public static Task<LoopbackServer> StartAsync(Func<Received, int, Reply> script) => Task.FromResult(new LoopbackServer(script));

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
                connections.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        using var stream = new NetworkStream(socket, ownsSocket: false);
        try
        {
            while (await ReadRequestAsync(stream, _stop.Token).ConfigureAwait(false) is { } request)
            {
                _received.Enqueue(request);
                var reply = _script(request, Interlocked.Increment(ref _count) - 1);
                if (!await reply.WriteAsync(stream, socket, _stop.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static async Task<Received?> ReadRequestAsync(Stream stream, CancellationToken stop)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, stop).ConfigureAwait(false) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count == 1 && one[0] == 0x16)
            {
                // A TLS ClientHello to this plain-HTTP server: answer in plain HTTP, as a misconfigured port would.
                await stream.WriteAsync("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"u8.ToArray(), stop).ConfigureAwait(false);
                return null;
            }
        }

        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = string.Empty;
        if (headers.TryGetValue("Content-Length", out var length) && int.Parse(length) is > 0 and var size)
        {
            var buffer = new byte[size];
            await stream.ReadExactlyAsync(buffer, stop).ConfigureAwait(false);
            body = Encoding.UTF8.GetString(buffer);
        }

        return new Received(requestLine[0], headers.GetValueOrDefault("Host") ?? string.Empty, requestLine[1], headers, body);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

    /// <summary>One request as the server saw it.</summary>
    public sealed record Received(string Method, string Host, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string Path => PathAndQuery.Split('?')[0];

        public bool IsOnHost(string name) => Host.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase);

        public bool HasCredentials => Headers.ContainsKey("Token") || Headers.ContainsKey("Cabinet-Hash");
    }

    /// <summary>What the server does with a request.</summary>
    public abstract class Reply
    {
        /// <summary>Writes the reply; false when the connection is finished (closed or reset).</summary>
        public abstract Task<bool> WriteAsync(Stream stream, Socket socket, CancellationToken stop);

        public static Reply Json(string json, int status = 200, params (string Name, string Value)[] headers) =>
            new Response(status, "application/json", json, headers);

        public static Reply Html(string html, int status = 200) => new Response(status, "text/html; charset=utf-8", html, []);

        public static Reply Redirect(string location, int status = 302) => new Response(status, null, string.Empty, [("Location", location)]);

        /// <summary>Closes the connection with a TCP reset before any byte of the response.</summary>
        public static Reply ResetBeforeHeaders() => new Reset(null);

        /// <summary>Sends the headers and half of <paramref name="json"/>, then resets the connection.</summary>
        public static Reply ResetMidBody(string json) => new Reset(json);

        /// <summary>Waits <paramref name="delay"/> (or until the server stops), then replies with <paramref name="then"/>.</summary>
        public static Reply After(TimeSpan delay, Reply then) => new Delayed(delay, then);
    }

    private sealed class Response(int status, string? contentType, string body, (string Name, string Value)[] headers) : Reply
    {
        public override async Task<bool> WriteAsync(Stream stream, Socket socket, CancellationToken stop)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await stream.WriteAsync(Head(status, contentType, bytes.Length, headers), stop).ConfigureAwait(false);
            await stream.WriteAsync(bytes, stop).ConfigureAwait(false);
            return true;
        }
    }

    private sealed class Reset(string? json) : Reply
    {
        public override async Task<bool> WriteAsync(Stream stream, Socket socket, CancellationToken stop)
        {
            if (json is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                await stream.WriteAsync(Head(200, "application/json", bytes.Length, []), stop).ConfigureAwait(false);
                await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), stop).ConfigureAwait(false);
                await stream.FlushAsync(stop).ConfigureAwait(false);
                await Task.Delay(50, stop).ConfigureAwait(false);
            }

            // Linger 0: close sends RST instead of FIN.
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
            return false;
        }
    }

    private sealed class Delayed(TimeSpan delay, Reply then) : Reply
    {
        public override async Task<bool> WriteAsync(Stream stream, Socket socket, CancellationToken stop)
        {
            await Task.Delay(delay, stop).ConfigureAwait(false);
            return await then.WriteAsync(stream, socket, stop).ConfigureAwait(false);
        }
    }

    private static byte[] Head(int status, string? contentType, int length, (string Name, string Value)[] headers)
    {
        var text = new StringBuilder($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\n");
        if (contentType is not null)
        {
            text.Append($"Content-Type: {contentType}\r\n");
        }

        text.Append($"Content-Length: {length}\r\n");
        foreach (var (name, value) in headers)
        {
            text.Append($"{name}: {value}\r\n");
        }

        return Encoding.ASCII.GetBytes(text.Append("\r\n").ToString());
    }
}
