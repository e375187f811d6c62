using System.Globalization;

namespace Kwiga.Sdk.Sample.Output;

/// <summary>How values look in the tables: invariant culture, "-" for a value the server did not send.</summary>
internal static class Text
{
    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    public static string Percent(double? value) => value is double v ? v.ToString("0", CultureInfo.InvariantCulture) + "%" : "-";

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "-" };

    public static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "-" : value;
}
