namespace Kwiga.Sandbox.Errors;

/// <summary>Thrown by the API implementations for input Laravel would reject with 422.</summary>
internal sealed class SandboxValidationException(IReadOnlyDictionary<string, List<string>> errors)
    : Exception(LaravelErrors.ValidationMessage(errors))
{
    /// <summary>Field (Laravel dot notation) → messages.</summary>
    public IReadOnlyDictionary<string, List<string>> Errors { get; } = errors;

    /// <summary>One field, one message.</summary>
    public static SandboxValidationException For(string field, string message)
        => new(new Dictionary<string, List<string>> { [field] = [message] });
}
