using Kwiga.Sdk.Testing.Faults;

namespace Kwiga.Sdk.Testing;

/// <summary>
/// Failures the sandbox answers with instead of the contract's response: a 429, a 5xx, a 422, or a delay.
/// Faults apply after authentication (a request with wrong credentials still gets its 401), in the order they
/// were added: the first fault that picks a request answers it.
/// </summary>
/// <example>
/// <code>
/// sandbox.Faults.On(HttpMethod.Get, "/contacts").Next(1).RateLimited(TimeSpan.FromSeconds(1));
/// sandbox.Faults.On(HttpMethod.Post, "/contacts").When(r => r.Json?["email"]?.GetValue&lt;string&gt;() == "taken@example.com")
///     .ValidationError("email", "The email has already been taken.");
/// </code>
/// </example>
public sealed class SandboxFaults
{
    private readonly List<SandboxFault> _faults = [];
    private readonly object _sync = new();
    private readonly Func<ContractRoutes> _routes;

    internal SandboxFaults(Func<ContractRoutes> routes) => _routes = routes;

    /// <summary>
    /// Starts a fault for <paramref name="method"/> on <paramref name="path"/>: a route template of the contract
    /// (<c>/contacts/{contact}</c>, every contact) or an exact path (<c>/contacts/132</c>). A path no route answers
    /// throws <see cref="ArgumentException"/> at once, listing the routes.
    /// </summary>
    public FaultBuilder On(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var matcher = _routes().Matcher(method.Method, path);
        return new FaultBuilder(this, method.Method.ToUpperInvariant(), path, matcher);
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _faults.Clear();
        }
    }

    internal SandboxFault Add(SandboxFault fault)
    {
        lock (_sync)
        {
            _faults.Add(fault);
        }

        return fault;
    }

    internal void Remove(SandboxFault fault)
    {
        lock (_sync)
        {
            _faults.Remove(fault);
        }
    }

    /// <summary>
    /// The fault that answers <paramref name="request"/>, if any. Every matching fault counts the request (so
    /// <c>Every(3)</c> means the third, sixth, … matching request whatever other faults do); the first one added
    /// that picks it answers. Under one lock, so the counting is deterministic however requests interleave.
    /// </summary>
    internal SandboxFault? Pick(RecordedRequest request)
    {
        lock (_sync)
        {
            SandboxFault? chosen = null;
            foreach (var fault in _faults)
            {
                if (fault.Count(request) && chosen is null)
                {
                    chosen = fault;
                }
            }

            chosen?.Fired();
            return chosen;
        }
    }
}
