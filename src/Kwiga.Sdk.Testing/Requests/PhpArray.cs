using System.Globalization;
using System.Text.Json.Nodes;

namespace Kwiga.Sdk.Testing.Requests;

/// <summary>
/// A PHP array as <c>parse_str</c> builds it: ordered keys, a canonical integer string and the integer being
/// one key, <c>[]</c> appending after the largest integer key; values are strings or arrays.
/// </summary>
internal sealed class PhpArray
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private long? _nextIndex;

    /// <summary>Sets <paramref name="key"/> (null appends), keeping an existing key's position.</summary>
    public void Set(string? key, object value)
    {
        key ??= Append();
        if (!_values.ContainsKey(key))
        {
            _order.Add(key);
            Track(key);
        }

        _values[key] = value;
    }

    /// <summary>The array under <paramref name="key"/> (null appends one), replacing a string that was there.</summary>
    public PhpArray Child(string? key)
    {
        if (key is not null && _values.TryGetValue(key, out var existing) && existing is PhpArray array)
        {
            return array;
        }

        var child = new PhpArray();
        Set(key, child);
        return child;
    }

    public void Remove(string key)
    {
        if (_values.Remove(key))
        {
            _order.Remove(key);
        }
    }

    /// <summary><c>json_encode</c>'s view: a list when the keys are 0…n-1 in order, else an object.</summary>
    public JsonNode ToJson()
    {
        var isList = true;
        for (var i = 0; i < _order.Count && isList; i++)
        {
            isList = _order[i] == i.ToString(CultureInfo.InvariantCulture);
        }

        if (isList)
        {
            var list = new JsonArray();
            foreach (var key in _order)
            {
                list.Add(Node(_values[key]));
            }

            return list;
        }

        var map = new JsonObject();
        foreach (var key in _order)
        {
            map[key] = Node(_values[key]);
        }

        return map;
    }

    private static JsonNode Node(object value) => value is PhpArray array ? array.ToJson() : JsonValue.Create((string)value);

    private string Append()
    {
        var key = (_nextIndex ?? 0).ToString(CultureInfo.InvariantCulture);
        return key;
    }

    private void Track(string key)
    {
        if (IntegerKey(key) is long index && (_nextIndex is null || index >= _nextIndex) && index < long.MaxValue)
        {
            _nextIndex = index + 1;
        }
    }

    /// <summary>PHP's numeric-string keys: optional '-', no leading zero, within a 64-bit integer; "-0" is a string.</summary>
    private static long? IntegerKey(string key)
    {
        if (key.Length == 0 || key.Length > 20 || key == "-0")
        {
            return null;
        }

        var digits = key[0] == '-' ? key[1..] : key;
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0') || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
