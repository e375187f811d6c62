namespace Kwiga.Sdk;

/// <summary>422 Unprocessable Entity: the server rejected the input; <see cref="Errors"/> says why, field by field.</summary>
public sealed class KwigaValidationException : KwigaApiException
{
    /// <summary>Creates the exception from a failed response and its field errors.</summary>
    public KwigaValidationException(KwigaErrorDetails details, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
        : base(details)
    {
        Errors = errors;
    }

    /// <summary>Field name (as the server names it, e.g. <c>email</c> or <c>additional_fields.0.value</c>) → messages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }
}
