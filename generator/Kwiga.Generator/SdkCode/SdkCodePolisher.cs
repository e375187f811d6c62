using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkCode;

/// <summary>
/// The step after <c>kiota generate</c>: the C# Kiota wrote, made to read like hand-written code. Every
/// rewrite is mechanical, derived from the SDK view or from Kiota's own output, and fails the build
/// (<see cref="GeneratedCodeShapeException"/>) when Kiota's output no longer has the shape it expects.
/// </summary>
public static class SdkCodePolisher
{
    /// <summary>Polishes <paramref name="sources"/> in place; <paramref name="view"/> is the SDK view Kiota read.</summary>
    public static SdkCodeReport Polish(GeneratedSources sources, JsonNode view)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(view);
        var configure = ConfigureCalls.Apply(sources);
        var queryNames = QueryParameterNames.Apply(sources);
        var lists = NumberLists.Apply(sources);
        var exceptionBlocks = ExceptionDocs.Apply(sources);
        var envelopes = EnvelopeResults.Apply(sources, EnvelopeResults.Envelopes(view));
        var internalModels = ErrorModelVisibility.Apply(sources, ErrorModelVisibility.ErrorOnlySchemas(view));
        ClientConstructorDocs.Apply(sources, "KwigaClient.cs");
        var facts = ContractFacts.Apply(sources, view);
        var bare = BareValues.Apply(sources, view);
        var maps = TypedMaps.Apply(sources, view);
        return new SdkCodeReport(configure, queryNames, lists, exceptionBlocks, envelopes, internalModels, facts, bare, maps);
    }
}

/// <summary>What <see cref="SdkCodePolisher.Polish"/> changed.</summary>
public sealed record SdkCodeReport(int ConfigureCalls, int QueryParameters, int NumberLists, int ExceptionBlocks, int EnvelopeMethods, int InternalModels, int OperationFacts, int BareValueProperties, int TypedMaps)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{ConfigureCalls} Configure calls to RequestConfigurator, {QueryParameters} query parameters named from the wire, {NumberLists} number lists made non-nullable, "
        + $"{ExceptionBlocks} exception docs rewritten, {EnvelopeMethods} methods return their resource, {InternalModels} error models internal, {OperationFacts} operations with contract facts, "
        + $"{BareValueProperties} properties keep a bare value typed, {TypedMaps} maps typed";
}
