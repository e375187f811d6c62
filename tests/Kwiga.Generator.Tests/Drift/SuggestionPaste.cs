using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;
using Kwiga.Generator.Drift.Suggest;

namespace Kwiga.Generator.Tests.Drift;

/// <summary>
/// Does what a maintainer does with <c>drift --suggest</c>: pastes each block where its "add to" line points
/// (list items appended, mapping keys added; a key that exists already is a failure) and saves the contract.
/// </summary>
internal static class SuggestionPaste
{
    private const string AddTo = "# add to ";

    /// <summary>The blocks of a --suggest output: target pointer and YAML text.</summary>
    public static IReadOnlyList<(string Target, string Yaml)> Blocks(string output)
    {
        var blocks = new List<(string Target, string Yaml)>();
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(AddTo, StringComparison.Ordinal))
            {
                continue;
            }

            var yaml = lines.Skip(i + 1).TakeWhile(l => l.Length > 0 && !l.StartsWith('#'));
            blocks.Add((lines[i][AddTo.Length..], string.Join("\n", yaml) + "\n"));
        }

        return blocks;
    }

    /// <summary>Pastes every block of <paramref name="output"/> into the contract at <paramref name="contractPath"/> and writes the result to <paramref name="mergedPath"/>.</summary>
    public static void Apply(string output, string contractPath, string mergedPath)
    {
        var root = ContractDocument.Load(contractPath).Raw.DeepClone();
        var raw = new RawContract(root);
        foreach (var (target, yaml) in Blocks(output))
        {
            var fragment = YamlTree.Read(yaml);
            switch (raw.At(target), fragment)
            {
                case (JsonArray list, JsonArray items):
                    foreach (var item in items.ToList())
                    {
                        items.Remove(item);
                        list.Add(item);
                    }

                    break;
                case (JsonObject map, JsonObject keys):
                    foreach (var (key, value) in keys.ToList())
                    {
                        Assert.That(map.ContainsKey(key), Is.False, $"{target} already has '{key}'");
                        keys.Remove(key);
                        map[key] = value;
                    }

                    break;
                default:
                    Assert.Fail($"'{AddTo}{target}' names neither a list nor a mapping that takes this block:\n{yaml}");
                    break;
            }
        }

        File.WriteAllText(mergedPath, root.ToJsonString());
    }
}
