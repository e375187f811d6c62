using System.Globalization;
using Kwiga.Sandbox.Validation;

namespace Kwiga.Sandbox.Binding;

/// <summary>
/// Reads query-string values by their contract names for the POST <c>/query</c> aliases, whose generated
/// actions bind only the JSON body: Laravel merges the query string into the input (the body wins).
/// Malformed values become validation errors with Laravel's field names.
/// </summary>
internal sealed class RawQuery(IQueryCollection query, LaravelValidator validator)
{
    public string? String(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;

    public int? Int(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var field = LaravelField.FromBindingKey(name);
        validator.Fail(field, $"The {LaravelField.Display(field)} field must be an integer.");
        return null;
    }

    public bool? Bool(string name)
    {
        switch (String(name)?.ToLowerInvariant())
        {
            case null:
                return null;
            case "1" or "true":
                return true;
            case "0" or "false":
                return false;
            default:
                var field = LaravelField.FromBindingKey(name);
                validator.Fail(field, $"The {LaravelField.Display(field)} field must be true or false.");
                return null;
        }
    }

    /// <summary>A <c>name[]</c> list: every repeated value.</summary>
    public List<string>? Strings(string name) => query.TryGetValue(name, out var values) ? values.Select(v => v ?? string.Empty).ToList() : null;

    public List<int>? Ints(string name)
    {
        var values = Strings(name);
        if (values is null)
        {
            return null;
        }

        var result = new List<int>();
        foreach (var value in values)
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                result.Add(number);
            }
            else
            {
                var field = LaravelField.FromBindingKey(name);
                validator.Fail($"{field}.{result.Count}", $"The {LaravelField.Display(field)}.{result.Count} field must be an integer.");
            }
        }

        return result;
    }
}
