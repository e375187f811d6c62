using System.Text.Json;
using Kwiga.Generator.Contracts;
using Kwiga.Generator.WireView;

namespace Kwiga.Generator.Commands;

/// <summary>
/// <c>wire-view &lt;contract&gt; &lt;out.json&gt;</c>: writes the contract as JSON with every wire union untyped
/// (see <see cref="WireViewBuilder"/>). The sandbox's build runs it before NSwag.
/// </summary>
public static class WireViewCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.RequirePositional(2, "wire-view <contract> <out.json>");

        // The raw tree, as sdk-view: NSwag's own YAML->JSON rendition rewrites components/parameters
        // references wrongly and quotes integer defaults.
        var contract = ContractDocument.Load(args.Positional[0]);
        var view = contract.Raw.DeepClone();
        var untyped = WireViewBuilder.Build(view);

        var output = args.Positional[1];
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, view.ToJsonString(Indented));
        stdout.WriteLine($"{contract.DisplayName}: {untyped} wire union(s) left untyped -> {output}");
        return Cli.Ok;
    }
}
