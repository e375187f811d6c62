using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kwiga.Sdk.Redis.Tests.Support;

/// <summary>
/// A real redis-server as a child process on 127.0.0.1 and a free port, without persistence; killed
/// (and restartable on the same port) by the test that owns it.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    private RedisServer(string executable, int port)
    {
        Executable = executable;
        Port = port;
    }

    public string Executable { get; }

    public int Port { get; }

    /// <summary>
    /// A StackExchange.Redis configuration string for this server. Timeouts of 5 s: a CI machine
    /// building and testing everything at once on two cores took over 1 s to connect, and a timeout
    /// sends the provider to its fallback (the outage tests use dead ports and kills, which fail fast).
    /// </summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=5000,syncTimeout=5000,asyncTimeout=5000,connectRetry=1";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>redis-server from KWIGA_REDIS_SERVER, the PATH or /usr/bin; null when not installed.</summary>
    public static string? FindExecutable()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KWIGA_REDIS_SERVER") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder, "redis-server"));
        }

        candidates.Add("/usr/bin/redis-server");
        candidates.Add("/usr/sbin/redis-server");
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Starts a server; throws when redis-server is missing or does not answer PING in time.</summary>
    public static RedisServer Start()
    {
        var executable = FindExecutable() ?? throw new FileNotFoundException("redis-server is not installed (apt-get install redis-server)");
        var server = new RedisServer(executable, FreePort());
        server.Restart();
        return server;
    }

    /// <summary>A loopback port nothing listens on (right now).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>(Re)starts the server on <see cref="Port"/> and waits until it answers PING.</summary>
    public void Restart()
    {
        Kill();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (process.HasExited)
            {
                break;
            }

            if (Ping())
            {
                return;
            }

            Thread.Sleep(50);
        }

        Kill();
        lock (output)
        {
            throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within 10 s: {output}");
        }
    }

    /// <summary>Kills the server (as a crash would) and waits for it to exit.</summary>
    public void Kill()
    {
        if (_process is { } process)
        {
            _process = null;
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }
    }

    public void Dispose() => Kill();

    private bool Ping()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            client.ReceiveTimeout = 1000;
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }
}
