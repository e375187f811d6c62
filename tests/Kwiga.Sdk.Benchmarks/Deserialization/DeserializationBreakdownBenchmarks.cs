using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kwiga.Sdk.Serialization;
using Kwiga.Sdk.Benchmarks.Baseline;
using Kwiga.Sdk.Benchmarks.Support;
using Microsoft.Kiota.Serialization.Json;
using Models = Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Benchmarks.Deserialization;

/// <summary>
/// Where the SDK reader's time and allocations go, on the course-users example: the JSON document its
/// factory builds (parse + <c>Clone</c>), then the walk that fills the generated models — the lenient
/// node's, Kiota's stock node's, and System.Text.Json binding the same parsed element to the
/// baseline records — each from an already parsed <see cref="JsonElement"/>.
/// </summary>
[Config(typeof(ShortJobConfig))]
public class DeserializationBreakdownBenchmarks
{
    private byte[] _json = [];
    private JsonElement _root;

    /// <summary>Reads the example and parses it once for the walks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = DocsExamples.CourseUsersWithInclude();
        using var document = JsonDocument.Parse(_json);
        _root = document.RootElement.Clone();
    }

    /// <summary>What <see cref="LenientJsonParseNodeFactory"/> does before any model exists.</summary>
    [Benchmark(Baseline = true, Description = "JsonDocument.ParseAsync + Clone")]
    public async Task<JsonElement> ParseAndClone()
    {
        using var stream = new MemoryStream(_json, writable: false);
        using var document = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
        return document.RootElement.Clone();
    }

    /// <summary>The SDK's walk: a node per value, a generated model and its field-deserialiser map per object.</summary>
    [Benchmark(Description = "walk: LenientJsonParseNode")]
    public Models.CourseUserPage LenientWalk() =>
        new LenientJsonParseNode(_root).GetObjectValue(Models.CourseUserPage.CreateFromDiscriminatorValue);

    /// <summary>Kiota's stock walk into the same generated models.</summary>
    [Benchmark(Description = "walk: Kiota JsonParseNode")]
    public Models.CourseUserPage StockWalk() =>
        new JsonParseNode(_root).GetObjectValue(Models.CourseUserPage.CreateFromDiscriminatorValue);

    /// <summary>System.Text.Json binding the same element to the baseline records.</summary>
    [Benchmark(Description = "walk: STJ Deserialize(JsonElement)")]
    public CourseUserPage? StjFromElement() => _root.Deserialize(BaselineJsonContext.Default.CourseUserPage);
}
