using Kwiga.Sdk.Testing.Faults;

namespace Kwiga.Sdk.Testing;

/// <summary>A fault added to a sandbox: how often it answered, and a way to take it back.</summary>
public sealed class SandboxFault
{
    private readonly SandboxFaults _owner;
    private readonly string _description;
    private readonly string _method;
    private readonly Func<string, bool> _matches;
    private readonly Func<RecordedRequest, bool>? _when;
    private readonly int _every;
    private readonly int? _limit;
    private int _seen;
    private int _hits;

    internal SandboxFault(SandboxFaults owner, string description, string method, Func<string, bool> matches, Func<RecordedRequest, bool>? when, int every, int? limit, FaultResponse response)
    {
        _owner = owner;
        _description = description;
        _method = method;
        _matches = matches;
        _when = when;
        _every = every;
        _limit = limit;
        Response = response;
    }

    /// <summary>How many requests this fault answered.</summary>
    public int Hits => Volatile.Read(ref _hits);

    internal FaultResponse Response { get; }

    /// <summary>Removes the fault: later requests get the contract's response again.</summary>
    public void Remove() => _owner.Remove(this);

    /// <summary>What it matches and answers, e.g. <c>GET /contacts → 429 (Retry-After 1 s)</c>.</summary>
    public override string ToString() => _description;

    /// <summary>Counts a request that matches, and says whether this fault picks it. Called under the owner's lock.</summary>
    internal bool Count(RecordedRequest request)
    {
        if (!string.Equals(request.Method, _method, StringComparison.OrdinalIgnoreCase) || !_matches(request.Path) || (_when is not null && !_when(request)))
        {
            return false;
        }

        _seen++;
        return _seen % _every == 0 && (_limit is null || _hits < _limit);
    }

    internal void Fired() => Interlocked.Increment(ref _hits);
}
