using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.SdkCode;

/// <summary>
/// A single-resource call returns the resource. KWIGA wraps it in <c>{"data": …}</c>, and Kiota's
/// method returns that envelope, nullable (<c>(await kwiga.Contacts[1].GetAsync())?.Data?.Email</c>).
/// For every operation that answers with a pure envelope (a schema whose only property is a required
/// <c>data</c> object) Kiota's method becomes <c>…EnvelopeAsync</c> (the response as sent, anything
/// beside <c>data</c> in its <c>AdditionalData</c>), and a method under Kiota's name returns the
/// <c>data</c>, never null: the SDK's adapter turns a success without <c>data</c> into
/// <c>KwigaUnexpectedResponseException</c> (the envelopes are marked for it in <c>Models/DataEnvelopes.cs</c>).
/// </summary>
public static partial class EnvelopeResults
{
    private const string ModelsNamespace = "global::Kwiga.Sdk.Models.";
    private const string NullableOpen = "#if NETSTANDARD2_1_OR_GREATER || NETCOREAPP3_1_OR_GREATER";

    [GeneratedRegex("""(?<docs>(?:[ \t]*///.*\r?\n)+)#if NETSTANDARD2_1_OR_GREATER \|\| NETCOREAPP3_1_OR_GREATER\r?\n#nullable enable\r?\n(?<indent>[ \t]*)public async Task<global::Kwiga\.Sdk\.Models\.(?<envelope>\w+)\?> (?<verb>\w+)Async\((?<nullableParams>.*)\)\r?\n""")]
    private static partial Regex NullableDeclaration();

    [GeneratedRegex("""public async Task<global::Kwiga\.Sdk\.Models\.(?<envelope>\w+)> (?<verb>\w+)Async\((?<params>.*)\)\r?\n""")]
    private static partial Regex PlainDeclaration();

    [GeneratedRegex("""[ \t]*/// <returns>.*</returns>\r?\n""")]
    private static partial Regex Returns();

    /// <summary>Envelope class → data class, for the pure envelopes of <paramref name="view"/>.</summary>
    public static IReadOnlyDictionary<string, string> Envelopes(JsonNode view)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in view["components"]?["schemas"] as JsonObject ?? [])
        {
            if (value?["properties"] is JsonObject properties && properties.Count == 1
                && properties["data"] is JsonObject data
                && value["required"] is JsonArray required && required.Any(r => r?.GetValue<string>() == "data")
                && (data["$ref"] ?? data["allOf"]?[0]?["$ref"])?.GetValue<string>() is { } reference)
            {
                result[KiotaNaming.ModelClassName(name)] = KiotaNaming.ModelClassName(reference.Split('/').Last());
            }
        }

        return result;
    }

    /// <summary>Rewrites the builders in place and writes <c>Models/DataEnvelopes.cs</c>.</summary>
    /// <returns>How many methods now return the resource.</returns>
    public static int Apply(GeneratedSources sources, IReadOnlyDictionary<string, string> envelopes)
    {
        var methods = 0;
        foreach (var path in sources.Files.Where(p => !p.StartsWith("Models/", StringComparison.Ordinal)))
        {
            var text = sources[path];
            var matches = NullableDeclaration().Matches(text).Where(m => envelopes.ContainsKey(m.Groups["envelope"].Value)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            // From the end, so earlier offsets stay valid.
            foreach (var match in matches.AsEnumerable().Reverse())
            {
                text = Rewrite(text, match, envelopes[match.Groups["envelope"].Value]);
                methods++;
            }

            sources[path] = text;
        }

        var used = envelopes.Keys.Order().ToList();
        sources["Models/DataEnvelopes.cs"] = DataEnvelopeFile(used);
        return methods;
    }

    private static string Rewrite(string text, Match declaration, string dataClass)
    {
        var envelope = declaration.Groups["envelope"].Value;
        var verb = declaration.Groups["verb"].Value;
        var indent = declaration.Groups["indent"].Value;
        var plain = PlainDeclaration().Match(text, declaration.Index + declaration.Length);
        if (!plain.Success || plain.Groups["envelope"].Value != envelope || plain.Groups["verb"].Value != verb)
        {
            throw new GeneratedCodeShapeException($"{envelope} {verb}Async: the #else declaration Kiota writes after the nullable one was not found");
        }

        var docs = declaration.Groups["docs"].Value;
        var nullableParams = declaration.Groups["nullableParams"].Value;
        var plainParams = plain.Groups["params"].Value;
        var arguments = string.Join(", ", nullableParams.Split(", ").Select(p => p.Split(' ')[1]));

        // Kiota's method keeps its body under the envelope name.
        var renamedPlain = plain.Value.Replace($" {verb}Async(", $" {verb}EnvelopeAsync(", StringComparison.Ordinal);
        text = text.Remove(plain.Index, plain.Length).Insert(plain.Index, renamedPlain);
        var envelopeDocs = Returns().Replace(docs, $"{indent}/// <returns>The response as sent: the {dataClass} in <c>Data</c>, anything the server sends beside it in <c>AdditionalData</c>. <see cref=\"{verb}Async\"/> returns the {dataClass} itself.</returns>\n", 1);
        var renamedNullable = declaration.Value.Replace(docs, envelopeDocs, StringComparison.Ordinal)
            .Replace($" {verb}Async(", $" {verb}EnvelopeAsync(", StringComparison.Ordinal);
        text = text.Remove(declaration.Index, declaration.Length).Insert(declaration.Index, renamedNullable);

        var wrapper = new StringBuilder()
            .Append(Returns().Replace(docs, $"{indent}/// <returns>The {dataClass} (the response's <c>data</c>), never null.</returns>\n", 1))
            .Append(NullableOpen).Append('\n')
            .Append("#nullable enable\n")
            .Append(indent).Append($"public async Task<{ModelsNamespace}{dataClass}> {verb}Async({nullableParams})\n")
            .Append(indent).Append("{\n")
            .Append("#nullable restore\n")
            .Append("#else\n")
            .Append(indent).Append($"public async Task<{ModelsNamespace}{dataClass}> {verb}Async({plainParams})\n")
            .Append(indent).Append("{\n")
            .Append("#endif\n")
            .Append(indent).Append($"    var envelope = await {verb}EnvelopeAsync({arguments}).ConfigureAwait(false);\n")
            .Append(indent).Append("    return global::Kwiga.Sdk.Client.DataEnvelope.DataOf(envelope, envelope?.Data);\n")
            .Append(indent).Append("}\n");
        return text.Insert(declaration.Index, wrapper.ToString());
    }

    private static string DataEnvelopeFile(IEnumerable<string> envelopes)
    {
        var text = new StringBuilder()
            .Append("// <auto-generated/>\n")
            .Append("// Written by generator/Kwiga.Generator (SdkCode/EnvelopeResults.cs): the pure {\"data\": …} envelopes.\n")
            .Append("namespace Kwiga.Sdk.Models\n{\n");
        foreach (var envelope in envelopes)
        {
            text.Append($"    public partial class {envelope} : global::Kwiga.Sdk.Client.IDataEnvelope\n    {{\n")
                .Append("        bool global::Kwiga.Sdk.Client.IDataEnvelope.HasData => Data is not null;\n    }\n");
        }

        return text.Append("}\n").ToString();
    }
}
