namespace Kwiga.Sandbox.Hosting;

/// <summary>
/// What Kwiga.Sdk.Testing adds to the engine's pipeline: middleware that sees every request first (the
/// request log) and middleware that runs after authentication and method override (injected faults).
/// </summary>
internal sealed class SandboxHooks
{
    /// <summary>Services the middleware below needs.</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>Added before everything else.</summary>
    public Action<IApplicationBuilder>? First { get; init; }

    /// <summary>Added after authentication and method override, before routing.</summary>
    public Action<IApplicationBuilder>? AfterAuthentication { get; init; }
}
