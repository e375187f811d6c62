namespace Kwiga.Sdk.Testing.Faults;

/// <summary>A fault's answer: its kind, status, wait (Retry-After or delay) and, for a 422, the field and message.</summary>
internal sealed record FaultResponse(FaultKind Kind, int Status, TimeSpan Wait, string? Field, string? Message);
