using System.Net;
using Kwiga.Sdk.Middleware;
using Microsoft.Extensions.Options;

namespace Kwiga.Sdk.Client;

/// <summary>Validates <see cref="KwigaOptions"/> for <c>ValidateOnStart</c> and for <see cref="KwigaOptions.Validate"/>.</summary>
internal sealed class KwigaOptionsValidator : IValidateOptions<KwigaOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KwigaOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static IEnumerable<string> Problems(KwigaOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            yield return "Kwiga:Token is required (the cabinet's API token from settings → API).";
        }

        if (string.IsNullOrWhiteSpace(options.CabinetHash))
        {
            yield return "Kwiga:CabinetHash is required (the cabinet hash shown next to the API token).";
        }

        if (options.BaseUrl is null || !options.BaseUrl.IsAbsoluteUri)
        {
            yield return "Kwiga:BaseUrl must be an absolute URL.";
        }
        else if (options.BaseUrl.Scheme == Uri.UriSchemeHttp && !IsLoopback(options.BaseUrl))
        {
            yield return $"Kwiga:BaseUrl must use https ({options.BaseUrl.Host} is not a loopback address); the token would travel in clear text.";
        }
        else if (options.BaseUrl.Scheme != Uri.UriSchemeHttp && options.BaseUrl.Scheme != Uri.UriSchemeHttps)
        {
            yield return "Kwiga:BaseUrl must be an http(s) URL.";
        }

        if (options.Language is not null && !KwigaOptions.SupportedLanguages.Contains(options.Language))
        {
            yield return $"Kwiga:Language '{options.Language}' is not a KWIGA locale ({string.Join(", ", KwigaOptions.SupportedLanguages)}).";
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            yield return "Kwiga:Timeout must be positive.";
        }

        if (options.UserAgentSuffix is not null && !UserAgentSuffixHandler.TryParse(options.UserAgentSuffix, out _))
        {
            yield return $"Kwiga:UserAgentSuffix '{options.UserAgentSuffix}' is not a User-Agent product list such as \"MyApp/1.2\".";
        }

        foreach (var problem in RateLimitProblems(options) ?? [])
        {
            yield return problem;
        }

        foreach (var problem in RetryProblems(options) ?? [])
        {
            yield return problem;
        }
    }

    private static IEnumerable<string>? RateLimitProblems(KwigaOptions options)
    {
        var rateLimit = options.RateLimit;
        if (rateLimit is null)
        {
            return ["Kwiga:RateLimit must not be null (set RateLimit:Enabled to false to turn the budget off)."];
        }

        var problems = new List<string>();
        if (rateLimit.PermitLimit <= 0)
        {
            problems.Add("Kwiga:RateLimit:PermitLimit must be positive (KWIGA allows 200 requests per minute).");
        }

        if (rateLimit.Window <= TimeSpan.Zero)
        {
            problems.Add("Kwiga:RateLimit:Window must be positive (KWIGA's is one minute).");
        }

        if (rateLimit.QueueLimit < 0)
        {
            problems.Add("Kwiga:RateLimit:QueueLimit must not be negative.");
        }

        if (rateLimit.MaxWait < TimeSpan.Zero)
        {
            problems.Add("Kwiga:RateLimit:MaxWait must not be negative.");
        }

        return problems;
    }

    private static IEnumerable<string>? RetryProblems(KwigaOptions options)
    {
        var retry = options.Retry;
        if (retry is null)
        {
            return ["Kwiga:Retry must not be null (set Retry:MaxRetries to 0 to turn retries off)."];
        }

        var problems = new List<string>();
        if (retry.MaxRetries < 0)
        {
            problems.Add("Kwiga:Retry:MaxRetries must not be negative.");
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < TimeSpan.Zero)
        {
            problems.Add("Kwiga:Retry:BaseDelay and MaxDelay must not be negative.");
        }
        else if (retry.MaxDelay < retry.BaseDelay)
        {
            problems.Add("Kwiga:Retry:MaxDelay must not be shorter than BaseDelay.");
        }

        return problems;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
