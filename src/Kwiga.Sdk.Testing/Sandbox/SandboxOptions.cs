namespace Kwiga.Sandbox;

/// <summary>
/// Settings of one sandbox instance. Bound from the <c>Sandbox</c> configuration section on the command
/// line (<c>--Sandbox:Token=...</c>, <c>--Sandbox:RateLimit:Window=00:00:02</c>) or passed to
/// <see cref="SandboxServer.StartAsync(SandboxOptions?, System.Threading.CancellationToken)"/> in tests.
/// </summary>
internal sealed class SandboxOptions
{
    /// <summary>The configuration section the command line binds.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>The <c>Token</c> header value the sandbox accepts. A fake value, safe to print.</summary>
    public string Token { get; set; } = "sandbox-token";

    /// <summary>The <c>Cabinet-Hash</c> header value the sandbox accepts. A fake value, safe to print.</summary>
    public string CabinetHash { get; set; } = "sandbox-cabinet-hash";

    /// <summary>
    /// Where Kestrel listens. Loopback only (<c>127.0.0.1</c>, <c>[::1]</c>, <c>localhost</c>); port 0 picks
    /// a free port, which <see cref="RunningSandbox.BaseUrl"/> then reports.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Seed of the generated data set. The same seed gives the same data on every run.</summary>
    public int Seed { get; set; } = 20240101;

    /// <summary>How many CRM contacts the seeded data set has (at least 40).</summary>
    public int ContactCount { get; set; } = 500;

    /// <summary>How many participants the first seeded course has (at least 20).</summary>
    public int CourseUserCount { get; set; } = 320;

    /// <summary>False: an empty cabinet (the timezone dictionary only), for tests that add their own data.</summary>
    public bool DefaultData { get; set; } = true;

    /// <summary>The per-token request limit.</summary>
    public SandboxRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Clock of the rate limiter and of records created at run time; tests may pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws when a value cannot work (an empty token, a non-positive limit, too small a data set).</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Token) || string.IsNullOrWhiteSpace(CabinetHash))
        {
            throw new InvalidOperationException("Sandbox:Token and Sandbox:CabinetHash must not be empty.");
        }

        if (ContactCount < 40 || CourseUserCount < 20 || CourseUserCount > ContactCount)
        {
            throw new InvalidOperationException("Sandbox:ContactCount must be at least 40 and Sandbox:CourseUserCount between 20 and ContactCount.");
        }

        RateLimit.Validate();
    }
}
