using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// Builds the view of the contract that Kiota generates the SDK from: the same wire, described the
/// way the C# surface should read. In order: plain schemas retyped where the contract says so
/// (<see cref="SdkTyping"/>), unions collapsed to their exposed branch (<see cref="UnionCollapser"/>),
/// inline schemas promoted to named components (<see cref="InlineSchemaPromoter"/>), components renamed
/// (<see cref="SchemaRenamer"/>), enum members named (<see cref="EnumMemberNames"/>), and the result
/// checked for names Kiota would mark (<see cref="ClassNameCheck"/>).
/// </summary>
public static class SdkViewBuilder
{
    /// <summary>Rewrites <paramref name="document"/> (an OpenAPI 3.0 JSON document) in place.</summary>
    /// <exception cref="InvalidOperationException">The contract asks for something the view cannot do, or a name would be marked.</exception>
    public static SdkViewReport Build(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var retyped = SdkTyping.Apply(document);
        var unions = UnionCollapser.Collapse(document);
        var promoted = InlineSchemaPromoter.Promote(document);
        var renamed = SchemaRenamer.Rename(document);
        var enums = EnumMemberNames.Apply(document);
        ClassNameCheck.Check(document);
        return new SdkViewReport(unions, retyped, promoted, renamed, enums);
    }
}

/// <summary>What <see cref="SdkViewBuilder.Build"/> changed.</summary>
public sealed record SdkViewReport(int Unions, int Retyped, IReadOnlyList<string> Promoted, IReadOnlyDictionary<string, string> Renamed, int Enums)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Unions} union(s) collapsed, {Retyped} schema(s) retyped, {Promoted.Count} inline schema(s) promoted, {Renamed.Count} renamed, {Enums} enum(s) named";
}
