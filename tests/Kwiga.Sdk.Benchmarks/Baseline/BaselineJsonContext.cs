using System.Text.Json.Serialization;

namespace Kwiga.Sdk.Benchmarks.Baseline;

/// <summary>
/// Source-generated System.Text.Json metadata for the baseline shapes. Numbers may come as strings
/// (<c>"10.00"</c>), as the SDK's lenient reader also allows.
/// </summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(CourseUserPage))]
[JsonSerializable(typeof(OfferPage))]
[JsonSerializable(typeof(ContactResponse))]
[JsonSerializable(typeof(ContactPage))]
public sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
