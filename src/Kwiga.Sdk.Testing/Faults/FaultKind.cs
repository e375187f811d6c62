namespace Kwiga.Sdk.Testing.Faults;

/// <summary>How a fault answers.</summary>
internal enum FaultKind
{
    RateLimited,
    ServerError,
    Delay,
    Validation,
}
