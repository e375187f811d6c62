namespace Kwiga.Sandbox.Validation;

/// <summary>Field names as Laravel reports them: dot notation for PHP's bracket names, spaces for underscores in messages.</summary>
internal static class LaravelField
{
    /// <summary>
    /// <c>filters[date_from]</c> → <c>filters.date_from</c>, <c>contact_ids[]</c> → <c>contact_ids</c>,
    /// <c>filters[emails][1]</c> → <c>filters.emails.1</c>; a body path loses the <c>body</c> parameter name.
    /// </summary>
    public static string FromBindingKey(string key)
    {
        var name = key.StartsWith("body.", StringComparison.Ordinal) ? key[5..] : key == "body" ? "body" : key;
        name = name.Replace("[]", string.Empty, StringComparison.Ordinal)
            .Replace("][", ".", StringComparison.Ordinal)
            .Replace('[', '.')
            .Replace("]", string.Empty, StringComparison.Ordinal);
        return name.Length == 0 ? "body" : name;
    }

    /// <summary>How Laravel names a field inside a message: underscores become spaces.</summary>
    public static string Display(string field) => field.Replace('_', ' ');
}
