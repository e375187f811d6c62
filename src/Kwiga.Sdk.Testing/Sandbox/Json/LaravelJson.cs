using Newtonsoft.Json;

namespace Kwiga.Sandbox.Json;

/// <summary>The JSON conventions of a Laravel API, applied to the Newtonsoft serializer the generated models need.</summary>
internal static class LaravelJson
{
    /// <summary>Laravel's date-time format: <c>2023-06-26T19:01:00.000000Z</c> (UTC, microseconds).</summary>
    public const string DateTimeFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    /// <summary>Applies the conventions to <paramref name="settings"/>.</summary>
    public static void Configure(JsonSerializerSettings settings)
    {
        settings.ContractResolver = new WireContractResolver();
        settings.DateFormatString = DateTimeFormat;
        settings.DateTimeZoneHandling = DateTimeZoneHandling.Utc;
        settings.DateParseHandling = DateParseHandling.None;
        settings.StringEscapeHandling = StringEscapeHandling.Default;
    }
}
