using System.Text.Json;
using Kwiga.Generator.Contracts;
using Kwiga.Generator.SdkView;

namespace Kwiga.Generator.Commands;

/// <summary>
/// <c>sdk-view &lt;contract&gt; &lt;out.json&gt;</c>: writes the contract as Kiota should see it (see SdkViewBuilder). The SDK build runs it before <c>kiota generate</c>.
/// </summary>
public static class SdkViewCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        args.RequirePositional(2, "sdk-view <contract> <out.json>");

        // The raw tree, not the object model: it keeps every keyword as written (the 3.0 reader
        // drops some next to $ref) and Kiota reads JSON as well as YAML.
        var contract = ContractDocument.Load(args.Positional[0]);
        var view = contract.Raw.DeepClone();
        SdkViewReport report;
        try
        {
            report = SdkViewBuilder.Build(view);
        }
        catch (InvalidOperationException ex)
        {
            stderr.WriteLine($"{contract.DisplayName}: {ex.Message}");
            return Cli.Findings;
        }

        var output = args.Positional[1];
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(output, view.ToJsonString(Indented));
        stdout.WriteLine($"{contract.DisplayName}: {report} for the SDK -> {output}");
        return Cli.Ok;
    }
}
