namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Kiota's output no longer has the shape a rewrite expects (a new Kiota version): the build stops
/// rather than ship a surface that is half rewritten.
/// </summary>
public sealed class GeneratedCodeShapeException(string message) : Exception(message);
