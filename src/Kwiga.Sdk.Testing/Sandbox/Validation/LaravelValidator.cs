using System.Globalization;
using System.Net.Mail;
using Kwiga.Sandbox.Errors;

namespace Kwiga.Sandbox.Validation;

/// <summary>
/// Collects Laravel-worded validation errors for one request and throws them together (422), in the
/// order the rules ran. Only the rules the sandbox needs.
/// </summary>
internal sealed class LaravelValidator
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no rule failed so far.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Adds a message for <paramref name="field"/>.</summary>
    public void Fail(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The value must be present and not blank.</summary>
    public bool Required(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Fail(field, $"The {LaravelField.Display(field)} field is required.");
        return false;
    }

    /// <summary>The value, when present, must be an email address.</summary>
    public void Email(string field, string? value)
    {
        if (value is not null && !IsEmail(value))
        {
            Fail(field, $"The {LaravelField.Display(field)} field must be a valid email address.");
        }
    }

    /// <summary>Every item must be an email address (<c>filters.emails.0</c>, ...).</summary>
    public void Emails(string field, IEnumerable<string>? values)
    {
        var index = 0;
        foreach (var value in values ?? [])
        {
            Email($"{field}.{index++}", value);
        }
    }

    /// <summary>The value, when present, must lie in [min, max].</summary>
    public void Between(string field, long? value, long min, long max)
    {
        if (value < min)
        {
            Fail(field, $"The {LaravelField.Display(field)} field must be at least {min}.");
        }
        else if (value > max)
        {
            Fail(field, $"The {LaravelField.Display(field)} field must not be greater than {max}.");
        }
    }

    /// <summary>The value, when present, must be a date or date-time; returns it in UTC (a date alone is midnight, or the day's end with <paramref name="endOfDay"/>).</summary>
    public DateTimeOffset? Date(string field, string? value, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            var dateOnly = value.Trim().Length == 10;
            return dateOnly && endOfDay ? parsed.AddDays(1).AddTicks(-1) : parsed;
        }

        Fail(field, $"The {LaravelField.Display(field)} field must be a valid date.");
        return null;
    }

    /// <summary>Throws a <see cref="SandboxValidationException"/> (422) when any rule failed.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new SandboxValidationException(_errors);
        }
    }

    private static bool IsEmail(string value)
        => value.Contains('@', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal)
            && MailAddress.TryCreate(value, out var address) && address.Address == value;
}
