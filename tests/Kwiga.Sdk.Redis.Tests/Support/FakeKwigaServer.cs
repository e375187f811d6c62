using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Kwiga.Sdk.Redis.Tests.Support;

/// <summary>
/// KWIGA's throttle in memory: per token, a fixed window that starts at the first hit (as Laravel's),
/// 200-style answers with X-RateLimit-Limit/Remaining, 429 with Retry-After and X-RateLimit-Reset.
/// Several clients share one instance, as they share one server.
/// </summary>
public sealed class FakeKwigaServer(int limit, TimeSpan window) : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (long Start, int Count)> _windows = new(StringComparer.Ordinal);
    private readonly List<(long At, string Token)> _accepted = [];
    private int _tooMany;

    /// <summary>Overrides X-RateLimit-Remaining of an accepted request (argument: the honest value).</summary>
    public Func<int, int>? ReportRemaining { get; set; }

    public int Accepted { get { lock (_gate) { return _accepted.Count; } } }

    public int TooMany => Volatile.Read(ref _tooMany);

    /// <summary>The largest number of accepted requests of one token inside any interval of one window.</summary>
    public int MostInAnyWindow()
    {
        lock (_gate)
        {
            var most = 0;
            foreach (var group in _accepted.GroupBy(a => a.Token))
            {
                var times = group.Select(a => a.At).OrderBy(t => t).ToList();
                for (int first = 0, last = 0; last < times.Count; last++)
                {
                    while (Stopwatch.GetElapsedTime(times[first], times[last]) >= window)
                    {
                        first++;
                    }

                    most = Math.Max(most, last - first + 1);
                }
            }

            return most;
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = request.Headers.TryGetValues("Token", out var values) ? values.First() : string.Empty;
        var now = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        lock (_gate)
        {
            if (!_windows.TryGetValue(token, out var current) || Stopwatch.GetElapsedTime(current.Start, now) >= window)
            {
                current = (now, 0);
            }

            if (current.Count >= limit)
            {
                var left = window - Stopwatch.GetElapsedTime(current.Start, now);
                response = new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("""{"message":"Too Many Attempts."}""") };
                response.Headers.Add("Retry-After", Math.Max(1, (int)Math.Ceiling(left.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
                response.Headers.Add("X-RateLimit-Reset", DateTimeOffset.UtcNow.Add(left).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                response.Headers.Add("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture));
                response.Headers.Add("X-RateLimit-Remaining", "0");
                Interlocked.Increment(ref _tooMany);
            }
            else
            {
                current.Count++;
                _accepted.Add((now, token));
                var remaining = limit - current.Count;
                response = new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"data":[]}""", System.Text.Encoding.UTF8, "application/json"),
                };
                response.Headers.Add("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture));
                response.Headers.Add("X-RateLimit-Remaining", (ReportRemaining?.Invoke(remaining) ?? remaining).ToString(CultureInfo.InvariantCulture));
            }

            _windows[token] = current;
        }

        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
