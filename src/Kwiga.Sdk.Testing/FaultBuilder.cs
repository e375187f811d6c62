using System.Net;
using Kwiga.Sdk.Testing.Faults;

namespace Kwiga.Sdk.Testing;

/// <summary>
/// A fault being described: which requests it picks (<see cref="Next"/>, <see cref="Every"/>, <see cref="When"/>),
/// then how it answers (<see cref="RateLimited"/>, <see cref="ServerError"/>, <see cref="Delay"/>,
/// <see cref="ValidationError"/>), which adds it to the sandbox.
/// </summary>
public sealed class FaultBuilder
{
    private readonly SandboxFaults _faults;
    private readonly string _method;
    private readonly string _path;
    private readonly Func<string, bool> _matches;
    private int? _next;
    private int _every = 1;
    private Func<RecordedRequest, bool>? _when;

    internal FaultBuilder(SandboxFaults faults, string method, string path, Func<string, bool> matches)
    {
        _faults = faults;
        _method = method;
        _path = path;
        _matches = matches;
    }

    /// <summary>Only the next <paramref name="count"/> requests it picks (default: every one, for ever).</summary>
    public FaultBuilder Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _next = count;
        return this;
    }

    /// <summary>Only every <paramref name="n"/>-th matching request: the n-th, 2n-th, … (counted from when the fault is added).</summary>
    public FaultBuilder Every(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        _every = n;
        return this;
    }

    /// <summary>Only requests for which <paramref name="predicate"/> holds (it sees the request as recorded: query, headers, JSON body).</summary>
    public FaultBuilder When(Func<RecordedRequest, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _when = predicate;
        return this;
    }

    /// <summary>
    /// 429 <c>{"message":"Too Many Attempts."}</c> with <c>Retry-After</c> (whole seconds, default 1) and the
    /// <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining: 0</c> and <c>X-RateLimit-Reset</c> headers, as the
    /// sandbox's own throttle (Laravel's) sends them.
    /// </summary>
    public SandboxFault RateLimited(TimeSpan? retryAfter = null)
    {
        var wait = retryAfter ?? TimeSpan.FromSeconds(1);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
        return Add(new FaultResponse(FaultKind.RateLimited, (int)HttpStatusCode.TooManyRequests, wait, null, null), $"429 (Retry-After {Math.Ceiling(wait.TotalSeconds)} s)");
    }

    /// <summary>A 5xx (default 500) with Laravel's body, <c>{"message":"Server Error"}</c>.</summary>
    public SandboxFault ServerError(int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return Add(new FaultResponse(FaultKind.ServerError, status, TimeSpan.Zero, null, null), status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Waits <paramref name="delay"/> (on the sandbox's clock), then answers as usual: for client timeouts and cancellation.</summary>
    public SandboxFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return Add(new FaultResponse(FaultKind.Delay, 0, delay, null, null), $"delay {delay}");
    }

    /// <summary>
    /// 422 in Laravel's validation wording: <c>{"message":"…","errors":{"field":["…"]}}</c>. Without a message,
    /// Laravel's generic one: <c>The selected {field} is invalid.</c>
    /// </summary>
    public SandboxFault ValidationError(string field, string? message = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        message ??= $"The selected {field.Replace('_', ' ')} is invalid.";
        return Add(new FaultResponse(FaultKind.Validation, 422, TimeSpan.Zero, field, message), "422 " + field);
    }

    private SandboxFault Add(FaultResponse response, string what)
        => _faults.Add(new SandboxFault(_faults, $"{_method} {_path} → {what}", _method, _matches, _when, _every, _next, response));
}
