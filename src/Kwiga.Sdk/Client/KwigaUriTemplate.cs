using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// Expands the URL templates the generated client uses — <c>{+baseurl}</c>, literal path segments,
/// simple <c>{name}</c> path variables and one <c>{?a,b*,…}</c> query expression — exactly as Kiota's
/// <see cref="RequestInformation.URI"/> does through Std.UriTemplate (RFC 6570), from a template parsed
/// once instead of on every request (that expansion was the largest single cost of a request). Any
/// template or value outside those shapes gets null: Kiota then expands it itself.
/// </summary>
internal static class KwigaUriTemplate
{
    private const string Hex = "0123456789ABCDEF";
    private static readonly ConcurrentDictionary<string, Part[]?> Templates = new(StringComparer.Ordinal);

    /// <summary>The request's URL, or null when Kiota should build it.</summary>
    /// <param name="request">Query values already in their wire form (see <see cref="KwigaRequestAdapter"/>).</param>
    /// <param name="baseUrl">The adapter's base URL, which Kiota puts into <c>baseurl</c> before it expands.</param>
    public static Uri? TryExpand(RequestInformation request, string? baseUrl)
    {
        if (request.UrlTemplate is not { } template || request.PathParameters.ContainsKey("request-raw-url")
            || Templates.GetOrAdd(template, Parse) is not { } parts)
        {
            return null;
        }

        var url = new StringBuilder(template.Length + 64);
        foreach (var part in parts)
        {
            if (!part.AppendTo(url, request, baseUrl))
            {
                return null;
            }
        }

        return new Uri(url.ToString());
    }

    /// <summary>The template's parts; null for a shape this class does not expand.</summary>
    private static Part[]? Parse(string template)
    {
        var parts = new List<Part>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var literalEnd = open < 0 ? template.Length : open;
            if (literalEnd > position)
            {
                var literal = template.Substring(position, literalEnd - position);
                if (!literal.All(c => IsUnreserved(c) || c == '/'))
                {
                    return null;
                }

                parts.Add(new Literal(literal));
            }

            if (open < 0)
            {
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                return null;
            }

            var expression = template.Substring(open + 1, close - open - 1);
            Part? part = expression switch
            {
                "+baseurl" => new BaseUrl(),
                _ when expression.StartsWith("?", StringComparison.Ordinal) => Query.Parse(expression.Substring(1)),
                _ when expression.Length > 0 && expression.All(IsVariableChar) => new PathVariable(expression),
                _ => null,
            };
            if (part is null)
            {
                return null;
            }

            parts.Add(part);
            position = close + 1;
        }

        return [.. parts];
    }

    private static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';

    /// <summary>RFC 6570 varname characters (with pct-encoded triplets, as Kiota writes <c>filters%5Bx%5D</c>).</summary>
    private static bool IsVariableChar(char c) => IsUnreserved(c) && c != '-' && c != '~' || c == '%';

    /// <summary>What Kiota's RequestInformation writes for a value; null for a kind it sanitises differently (left to Kiota).</summary>
    private static string? Text(object value) => value switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum member when EnumWireNames.TryGet(member, out var name) => name,
        _ => null,
    };

    /// <summary>Percent-encodes everything but RFC 3986's unreserved characters (UTF-8, upper-case hex).</summary>
    private static void AppendEncoded(StringBuilder url, string value)
    {
        var plain = true;
        for (var i = 0; i < value.Length && plain; i++)
        {
            plain = value[i] < 0x80 && IsUnreserved(value[i]);
        }

        if (plain)
        {
            url.Append(value);
            return;
        }

        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b < 0x80 && IsUnreserved((char)b))
            {
                url.Append((char)b);
            }
            else
            {
                url.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }
    }

    private abstract class Part
    {
        /// <summary>Appends this part; false when a value is outside what this class expands.</summary>
        public abstract bool AppendTo(StringBuilder url, RequestInformation request, string? baseUrl);
    }

    private sealed class Literal(string text) : Part
    {
        public override bool AppendTo(StringBuilder url, RequestInformation request, string? baseUrl)
        {
            url.Append(text);
            return true;
        }
    }

    private sealed class BaseUrl : Part
    {
        public override bool AppendTo(StringBuilder url, RequestInformation request, string? baseUrl)
        {
            // Reserved expansion keeps reserved characters; a base URL needing encoding is left to Kiota.
            if (string.IsNullOrEmpty(baseUrl) || baseUrl!.Any(c => !(IsUnreserved(c) || ":/?#[]@!$&'()*+,;=%".IndexOf(c) >= 0)))
            {
                return false;
            }

            url.Append(baseUrl);
            return true;
        }
    }

    private sealed class PathVariable(string name) : Part
    {
        public override bool AppendTo(StringBuilder url, RequestInformation request, string? baseUrl)
        {
            if (!request.PathParameters.TryGetValue(name, out var value) || value is null || Text(value) is not { } text)
            {
                return false;
            }

            AppendEncoded(url, text);
            return true;
        }
    }

    private sealed class Query(string[] names, bool[] exploded) : Part
    {
        public static Query? Parse(string expression)
        {
            var variables = expression.Split(',');
            var names = new string[variables.Length];
            var exploded = new bool[variables.Length];
            for (var i = 0; i < variables.Length; i++)
            {
                exploded[i] = variables[i].EndsWith("*", StringComparison.Ordinal);
                names[i] = exploded[i] ? variables[i].Substring(0, variables[i].Length - 1) : variables[i];
                if (names[i].Length == 0 || !names[i].All(IsVariableChar))
                {
                    return null;
                }
            }

            return new Query(names, exploded);
        }

        public override bool AppendTo(StringBuilder url, RequestInformation request, string? baseUrl)
        {
            var first = true;
            for (var i = 0; i < names.Length; i++)
            {
                if (!request.QueryParameters.TryGetValue(names[i], out var value) || value is null)
                {
                    continue;
                }

                if (value is string or not System.Collections.IEnumerable)
                {
                    if (Text(value) is not { } text)
                    {
                        return false;
                    }

                    Separator(url, ref first).Append(names[i]).Append('=');
                    AppendEncoded(url, text);
                    continue;
                }

                if (value is not Array items)
                {
                    return false;
                }

                if (items.Length == 0)
                {
                    // An empty list is undefined in RFC 6570 (and Kiota never adds one).
                    continue;
                }

                Separator(url, ref first).Append(names[i]).Append('=');
                for (var j = 0; j < items.Length; j++)
                {
                    if (items.GetValue(j) is not { } item || Text(item) is not { } text)
                    {
                        return false;
                    }

                    if (j > 0)
                    {
                        url.Append(exploded[i] ? "&" + names[i] + "=" : ",");
                    }

                    AppendEncoded(url, text);
                }
            }

            return true;
        }

        private static StringBuilder Separator(StringBuilder url, ref bool first)
        {
            url.Append(first ? '?' : '&');
            first = false;
            return url;
        }
    }
}
