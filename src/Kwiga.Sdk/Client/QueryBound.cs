namespace Kwiga.Sdk.Client;

/// <summary>The documented range of an integer query parameter (<c>per_page</c> from 1 to 15).</summary>
/// <param name="Name">The parameter's name as in the URL template (brackets percent-encoded).</param>
/// <param name="Minimum">The smallest value the docs allow, or null.</param>
/// <param name="Maximum">The largest value the docs allow, or null.</param>
internal sealed record QueryBound(string Name, decimal? Minimum, decimal? Maximum)
{
    /// <summary>Throws when <paramref name="value"/> is outside the range, naming the limit and the operation.</summary>
    public void Check(long value, string operation)
    {
        if ((Minimum is { } min && value < min) || (Maximum is { } max && value > max))
        {
            var range = (Minimum, Maximum) switch
            {
                ({ } low, { } high) => $"from {low} to {high}",
                ({ } low, null) => $"at least {low}",
                (null, { } high) => $"at most {high}",
                _ => "any value",
            };
            throw new ArgumentOutOfRangeException(Uri.UnescapeDataString(Name), value, $"{operation} documents {Uri.UnescapeDataString(Name)} {range}; {value} was given and would not be sent.");
        }
    }
}
