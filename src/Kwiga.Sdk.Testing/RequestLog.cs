using System.Collections;

namespace Kwiga.Sdk.Testing;

/// <summary>The requests a <see cref="KwigaSandbox"/> received, in arrival order. Safe to read while requests run.</summary>
public sealed class RequestLog : IReadOnlyList<RecordedRequest>
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly object _sync = new();

    internal RequestLog()
    {
    }

    /// <summary>How many requests were recorded.</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>The request at <paramref name="index"/>, in arrival order.</summary>
    public RecordedRequest this[int index]
    {
        get
        {
            lock (_sync)
            {
                return _requests[index];
            }
        }
    }

    /// <summary>Forgets every recorded request (between the steps of a test).</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _requests.Clear();
        }
    }

    /// <summary>Enumerates a snapshot: requests that arrive meanwhile are not included.</summary>
    public IEnumerator<RecordedRequest> GetEnumerator()
    {
        RecordedRequest[] snapshot;
        lock (_sync)
        {
            snapshot = [.. _requests];
        }

        return ((IEnumerable<RecordedRequest>)snapshot).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of requests; never a credential.</summary>
    public override string ToString() => $"{Count} request(s)";

    internal void Add(RecordedRequest request)
    {
        lock (_sync)
        {
            _requests.Add(request);
        }
    }
}
