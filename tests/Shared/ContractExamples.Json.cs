using System.Text.Json.Nodes;

namespace Kwiga.Testing;

/// <summary>
/// The loader of <see cref="ContractExamples"/> that reads the contract's JSON rendition (the SDK view
/// the build generates, <c>src/Kwiga.Sdk/obj/kwiga.sdk-view.json</c>, shipped in the package as
/// <c>contract/kwiga.sdk-view.json</c>): System.Text.Json only, for projects that cannot carry
/// Microsoft.OpenApi (a trimmed application).
/// </summary>
internal static partial class ContractExamples
{
    /// <summary>Where the JSON rendition is; set before the first example is read.</summary>
    public static string? JsonPath { get; set; }

    private static partial JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(JsonPath ?? throw new InvalidOperationException("ContractExamples.JsonPath is not set")))!.AsObject();
}
