using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk;

/// <summary>Per-request <c>X-Language</c> (overrides <c>KwigaOptions.Language</c>).</summary>
public sealed class LanguageOption : IRequestOption
{
    /// <summary>A KWIGA locale (<c>en</c>, <c>uk</c>, …), or null to send none.</summary>
    public string? Language { get; set; }
}
