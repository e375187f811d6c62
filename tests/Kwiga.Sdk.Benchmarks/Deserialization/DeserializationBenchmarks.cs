using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kwiga.Sdk.Serialization;
using Kwiga.Sdk.Benchmarks.Baseline;
using Kwiga.Sdk.Benchmarks.Support;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Models = Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Benchmarks.Deserialization;

/// <summary>
/// One docs example, from a stream of its UTF-8 JSON to the model: the SDK's lenient reader, Kiota's
/// stock JSON reader, and the System.Text.Json source-generated baseline (issue 4's yardstick).
/// </summary>
[Config(typeof(ShortJobConfig))]
public class DeserializationBenchmarks
{
    private static readonly IParseNodeFactory Sdk = KwigaSerialization.CreateParseNodeFactories().ContentTypeAssociatedFactories["application/json"];
    private static readonly LenientJsonParseNodeFactory Lenient = new();
    private static readonly JsonParseNodeFactory Stock = new();

    private byte[] _json = [];

    /// <summary>Which example is read.</summary>
    [ParamsAllValues]
    public DocsExample Example { get; set; }

    /// <summary>Reads the example from openapi/kwiga.yaml and checks every reader gets it right.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = Example switch
        {
            DocsExample.CourseUsers => DocsExamples.CourseUsersWithInclude(),
            DocsExample.Offers => DocsExamples.Offers(),
            DocsExample.Purchase => DocsExamples.Purchase(),
            _ => throw new ArgumentOutOfRangeException(nameof(Example)),
        };

        var expected = SystemTextJson().AsTask().GetAwaiter().GetResult();
        ExampleChecks.Check(Example, expected, SdkReader().GetAwaiter().GetResult(), "the SDK's reader (model binder)");
        ExampleChecks.Check(Example, expected, SdkLenient().GetAwaiter().GetResult(), "the SDK's lenient reader");
    }

    /// <summary>System.Text.Json, source-generated, over hand-written records.</summary>
    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    public async ValueTask<object?> SystemTextJson()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return Example switch
        {
            DocsExample.CourseUsers => await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.CourseUserPage).ConfigureAwait(false),
            DocsExample.Offers => await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.OfferPage).ConfigureAwait(false),
            _ => await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.ContactResponse).ConfigureAwait(false),
        };
    }

    /// <summary>What the client uses: the SDK's registered application/json reader (the model binder) into the generated models.</summary>
    [Benchmark(Description = "SDK (binder)")]
    public Task<object?> SdkReader() => ReadAsync(Sdk);

    /// <summary>The SDK's previous reader, kept for comparison: <see cref="LenientJsonParseNodeFactory"/> into the same models.</summary>
    [Benchmark(Description = "SDK (lenient)")]
    public Task<object?> SdkLenient() => ReadAsync(Lenient);

    /// <summary>Kiota's stock <see cref="JsonParseNodeFactory"/> into the same generated models.</summary>
    [Benchmark(Description = "Kiota stock")]
    public Task<object?> KiotaStock() => ReadAsync(Stock);

    private async Task<object?> ReadAsync(IParseNodeFactory factory)
    {
        using var stream = new MemoryStream(_json, writable: false);
        var node = await factory.GetRootParseNodeAsync("application/json", stream).ConfigureAwait(false);
        return Example switch
        {
            DocsExample.CourseUsers => node.GetObjectValue(Models.CourseUserPage.CreateFromDiscriminatorValue),
            DocsExample.Offers => node.GetObjectValue(Models.OfferPage.CreateFromDiscriminatorValue),
            _ => node.GetObjectValue(Models.ContactResponse.CreateFromDiscriminatorValue),
        };
    }
}
