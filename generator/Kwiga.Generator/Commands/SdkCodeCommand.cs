using System.Text.Json.Nodes;
using Kwiga.Generator.SdkCode;

namespace Kwiga.Generator.Commands;

/// <summary>
/// <c>sdk-code &lt;view.json&gt; &lt;generated-dir&gt;</c>: polishes the C# Kiota generated from the SDK view
/// (see <see cref="SdkCodePolisher"/>). The SDK build runs it after <c>kiota generate</c>.
/// </summary>
public static class SdkCodeCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(CommandArguments args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        args.RequirePositional(2, "sdk-code <view.json> <generated-dir>");

        var view = JsonNode.Parse(File.ReadAllText(args.Positional[0])) ?? throw new UsageException($"{args.Positional[0]} is empty");
        var sources = GeneratedSources.Load(args.Positional[1]);
        SdkCodeReport report;
        try
        {
            report = SdkCodePolisher.Polish(sources, view);
        }
        catch (GeneratedCodeShapeException ex)
        {
            stderr.WriteLine($"{args.Positional[1]}: {ex.Message}");
            return Cli.Findings;
        }

        var written = sources.Save();
        stdout.WriteLine($"{report}; {written} file(s) written");
        return Cli.Ok;
    }
}
