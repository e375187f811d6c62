namespace Kwiga.Generator.Contracts;

/// <summary>A warning from the OpenAPI reader, e.g. a <c>$ref</c> that points nowhere.</summary>
/// <param name="Message">The reader's message.</param>
/// <param name="Pointer">JSON pointer to the node the reader complained about.</param>
public sealed record ReaderWarning(string Message, string Pointer);
