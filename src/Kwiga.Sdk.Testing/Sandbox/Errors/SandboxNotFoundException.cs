namespace Kwiga.Sandbox.Errors;

/// <summary>Thrown for an id that names nothing: 404 <c>{"message":"Not found."}</c>.</summary>
internal sealed class SandboxNotFoundException() : Exception("Not found.");
