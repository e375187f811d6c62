using System.Globalization;

namespace Kwiga.Sdk.Client;

/// <summary>How a date-time filter goes out: the docs' datetime form, <c>2022-04-27 10:00:00</c>, in UTC.</summary>
internal static class QueryDates
{
    /// <summary>The wire form of <paramref name="moment"/>.</summary>
    public static string Format(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
