using System.Text;
using System.Text.RegularExpressions;

namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Makes each operation's XML docs name the exceptions the SDK throws. Kiota documents its error
/// models (<c>ErrorResponse</c> "when receiving a 404 status code"), but the SDK's error handler turns
/// every failed response into a <c>Kwiga*Exception</c> before Kiota's mapping runs, so a
/// <c>catch (ErrorResponse)</c> written from the tooltip would never fire. The statuses come from
/// Kiota's lines (the operation's documented errors); the type of each is the SDK's mapping
/// (<c>KwigaErrorFactory</c>), and a test in Kwiga.Sdk.Tests throws each one from a real call.
/// </summary>
public static partial class ExceptionDocs
{
    private const string Namespace = "global::Kwiga.Sdk.";

    [GeneratedRegex("""(?<lines>(?:[ \t]*/// <exception cref="[^"]+">When receiving a (?:[0-9X]{3}) status code</exception>\r?\n)+)""")]
    private static partial Regex KiotaExceptionLines();

    [GeneratedRegex("""When receiving a (?<status>[0-9X]{3}) status code""")]
    private static partial Regex Status();

    /// <summary>What each exception means, in the order IntelliSense lists them; null statuses: not tied to one.</summary>
    private static readonly (string Type, Func<int, bool>? Statuses, string Text)[] Kinds =
    [
        ("KwigaAuthenticationException", s => s is 401 or 403, "the token or cabinet hash was refused"),
        ("KwigaNotFoundException", s => s == 404, "no such resource in this cabinet"),
        ("KwigaValidationException", s => s == 422, "the server rejected the input; <c>Errors</c> maps each field to its messages"),
        ("KwigaRateLimitException", s => s == 429, "the token's budget stayed exhausted past <c>RateLimitOption.MaxWait</c> (until then the SDK waits and resends)"),
        ("KwigaServerException", s => s >= 500, "the server failed (GET, PUT and DELETE are retried first; a POST is never sent twice)"),
        ("KwigaUnexpectedResponseException", null, "a success status with a body that is not the expected JSON (an HTML page, a truncated body, no <c>data</c>)"),
        ("KwigaRedirectException", null, "a redirect to another host, which the SDK does not follow (credentials stay on the API host)"),
        ("KwigaTimeoutException", null, "no complete response within <c>KwigaOptions.Timeout</c> (GET, PUT, DELETE and the <c>/query</c> aliases are retried first)"),
        ("KwigaTransportException", null, "no complete response: the connection failed or broke (<c>MayHaveReachedServer</c> says whether resending is safe)"),
        ("KwigaApiException", s => s is >= 400 and not (401 or 403 or 404 or 422 or 429) and < 500, "any other failed status; the base of every exception above, to catch them all"),
    ];

    /// <summary>Rewrites every block of Kiota exception lines in place.</summary>
    /// <returns>How many blocks were rewritten.</returns>
    public static int Apply(GeneratedSources sources)
    {
        var blocks = 0;
        foreach (var path in sources.Files)
        {
            var text = sources[path];
            var rewritten = KiotaExceptionLines().Replace(text, m =>
            {
                blocks++;
                var indent = m.Value[..m.Value.IndexOf("///", StringComparison.Ordinal)];
                var statuses = Status().Matches(m.Value).Select(s => ParseStatus(s.Groups["status"].Value)).ToList();
                return Lines(indent, statuses);
            });
            sources[path] = rewritten;
        }

        return blocks;
    }

    /// <summary>The SDK's exception lines for an operation that documents <paramref name="statuses"/>.</summary>
    public static string Lines(string indent, IReadOnlyCollection<int> statuses)
    {
        var text = new StringBuilder();
        foreach (var (type, matches, meaning) in Kinds)
        {
            var codes = matches is null ? [] : statuses.Where(matches).Distinct().Order().ToList();
            if (matches is not null && codes.Count == 0 && type != "KwigaApiException")
            {
                continue;
            }

            var prefix = codes.Count == 0 ? string.Empty : string.Join(" or ", codes) + ": ";
            text.Append(indent).Append("/// <exception cref=\"").Append(Namespace).Append(type).Append("\">")
                .Append(prefix).Append(meaning).Append(".</exception>\n");
        }

        return text.ToString();
    }

    private static int ParseStatus(string status) => status.Contains('X', StringComparison.Ordinal)
        ? (status[0] - '0') * 100
        : int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
}
