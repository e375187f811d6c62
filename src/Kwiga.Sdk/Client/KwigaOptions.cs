
using Kwiga.Sdk.Client;

namespace Kwiga.Sdk;

/// <summary>
/// Settings of a <see cref="KwigaClient"/>. Bind them from configuration (section <c>Kwiga</c>) or set
/// them in code; <see cref="Validate"/> runs when the client is built, not at the first request.
/// </summary>
public sealed class KwigaOptions
{
    /// <summary>The default configuration section name.</summary>
    public const string SectionName = "Kwiga";

    /// <summary>The production API root.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.kwiga.com");

    /// <summary>The locales <c>X-Language</c> accepts (the docs' list).</summary>
    public static readonly IReadOnlyCollection<string> SupportedLanguages =
        ["en", "cs", "de", "el", "es", "fr", "hu", "it", "ka", "lv", "pl", "pt", "ro", "ru", "uk", "zh"];

    /// <summary>The cabinet's API token (settings → API). Sent as the <c>Token</c> header; never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The cabinet hash. Sent as the <c>Cabinet-Hash</c> header; never logged.</summary>
    public string? CabinetHash { get; set; }

    /// <summary>The API root. Defaults to <see cref="DefaultBaseUrl"/>; plain <c>http</c> is accepted for loopback only.</summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Language of dictionaries and validation messages (<c>X-Language</c>); null sends none (server default <c>en</c>).</summary>
    public string? Language { get; set; }

    /// <summary>Timeout of one HTTP attempt. Default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Send PUT and DELETE as POST with <c>_method</c>, for networks that block those verbs.</summary>
    public bool UseMethodOverride { get; set; }

    /// <summary>Rate limiting: the per-token budget and how long a request may wait for it.</summary>
    public RateLimitOption RateLimit { get; set; } = new();

    /// <summary>
    /// Supplies the limiter of a token (argument: <see cref="TokenKey"/> of the token), e.g. one
    /// backed by Redis so several processes share one budget. Called once when a client's pipeline is built
    /// (with dependency injection, each time IHttpClientFactory builds one): return the same limiter for
    /// the same key. Null (default): an in-process limiter shared by this process's clients.
    /// </summary>
    public Func<string, System.Threading.RateLimiting.RateLimiter>? RateLimiterFactory { get; set; }

    /// <summary>Automatic retries of idempotent requests after transport failures and 5xx.</summary>
    public RetryOption Retry { get; set; } = new();

    /// <summary>
    /// Your application's product token(s), e.g. <c>MyCrmSync/2.1</c>, sent after <c>Kwiga.Sdk/&lt;version&gt;</c>
    /// in the <c>User-Agent</c>. Must be a valid User-Agent value (checked by <see cref="Validate"/>).
    /// </summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>Checks the options and throws <see cref="KwigaConfigurationException"/> listing every problem.</summary>
    public void Validate()
    {
        var problems = KwigaOptionsValidator.Problems(this).ToList();
        if (problems.Count > 0)
        {
            throw new KwigaConfigurationException(problems);
        }
    }

    /// <summary>Describes the options without the token or cabinet hash.</summary>
    public override string ToString() =>
        $"KwigaOptions {{ BaseUrl = {BaseUrl}, Language = {Language ?? "(default)"}, Token = {Mask(Token)}, CabinetHash = {Mask(CabinetHash)}, UseMethodOverride = {UseMethodOverride} }}";

    private static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
