namespace Kwiga.Sdk.Sample.Commands;

/// <summary>The arguments or environment variables cannot work; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
