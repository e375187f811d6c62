using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Kwiga.Sdk.Testing.Requests;

/// <summary>
/// PHP's <c>parse_str</c> (what Laravel reads a query string with), rewritten from php-src's
/// <c>php_default_treat_data</c> and <c>php_register_variable_ex</c>: <c>+</c> and <c>%XX</c> decoding,
/// spaces and dots in names as <c>_</c>, <c>a[b][]</c> nesting, numeric keys as integers, at most
/// <see cref="MaxInputVars"/> variables and <see cref="MaxNestingLevel"/> levels (PHP's defaults).
/// The result is what <c>json_encode</c> prints for the array. Checked against the real php binary in the tests.
/// </summary>
internal static class PhpQueryString
{
    /// <summary>PHP's <c>max_input_vars</c> default: variables past it are dropped.</summary>
    public const int MaxInputVars = 1000;

    /// <summary>PHP's <c>max_input_nesting_level</c> default: a deeper variable is dropped whole.</summary>
    public const int MaxNestingLevel = 64;

    public static JsonObject Parse(string? query)
    {
        var root = new PhpArray();
        var count = 0;
        foreach (var pair in (query ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (++count > MaxInputVars)
            {
                break;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            Register(root, name, value);
        }

        // parse_str's result is always an array; the top level is keyed by names, so an object.
        var node = root.ToJson();
        return node as JsonObject ?? ToObject((JsonArray)node);
    }

    private static JsonObject ToObject(JsonArray list)
    {
        var result = new JsonObject();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            list[i] = null;
            result[i.ToString(CultureInfo.InvariantCulture)] = item;
        }

        return result;
    }

    private static void Register(PhpArray root, string rawName, string value)
    {
        // The name ends at a NUL (a C string) and loses its leading spaces.
        var nul = rawName.IndexOf('\0', StringComparison.Ordinal);
        var name = (nul < 0 ? rawName : rawName[..nul]).TrimStart(' ');
        var open = name.IndexOf('[', StringComparison.Ordinal);
        var head = (open < 0 ? name : name[..open]).Replace(' ', '_').Replace('.', '_');
        if (head.Length == 0)
        {
            return;
        }

        if (open < 0)
        {
            root.Set(head, value);
            return;
        }

        var table = root;
        string? index = head;
        var position = open;
        var level = 0;
        while (true)
        {
            if (++level > MaxNestingLevel)
            {
                root.Remove(head);
                return;
            }

            var start = position + 1;
            string? key;
            int close;
            if (start < name.Length && name[start] == ']')
            {
                key = null;
                close = start;
            }
            else
            {
                close = name.IndexOf(']', start);
                if (close < 0)
                {
                    // Not an index: at the first level the '[' and what follows become part of the name.
                    if (level == 1)
                    {
                        index = head + "_" + Sanitize(name[start..]);
                    }

                    break;
                }

                key = name[start..close];
            }

            table = table.Child(index);
            index = key;
            position = close + 1;
            if (position >= name.Length || name[position] != '[')
            {
                break;
            }
        }

        table.Set(index, value);
    }

    private static string Sanitize(string rest) => rest.Replace(' ', '_').Replace('.', '_').Replace('[', '_');

    /// <summary>PHP's <c>urldecode</c>: <c>+</c> is a space, <c>%XX</c> a byte, a broken escape stays as it is.</summary>
    private static string Decode(string text)
    {
        if (text.IndexOfAny(['+', '%']) < 0)
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        var raw = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (raw[i] == '%' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                bytes.Add((byte)(HexValue(raw[i + 1]) * 16 + HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(raw[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
