using System.Net;
using Microsoft.Extensions.Options;

namespace Kwiga.Sdk.Client;

/// <summary>Validates <see cref="KwigaOptions"/> for <c>ValidateOnStart</c> and for <see cref="KwigaOptions.Validate"/>.</summary>
public sealed class KwigaOptionsValidator : IValidateOptions<KwigaOptions>
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
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
