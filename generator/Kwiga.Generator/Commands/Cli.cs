using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Commands;

/// <summary>Entry point shared by <c>Program</c> and the tests: dispatches to a command.</summary>
public static class Cli
{
    /// <summary>Exit code when the command found nothing to complain about.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the command found errors (lint errors, unapproved breaks, docs drift).</summary>
    public const int Findings = 1;

    /// <summary>Exit code for bad usage or unreadable input.</summary>
    public const int UsageError = 2;

    /// <summary>The usage text printed by <c>--help</c> and on bad usage.</summary>
    public const string Usage = """
        Usage: Kwiga.Generator <command> [arguments]

        Commands:
          lint <contract>
              Project rules on top of Redocly/Spectral. Prints 'file:path: rule: message' lines.
              Exit 1 on any finding.
          diff <base.yaml> <head.yaml> [--format md|json] [--out file] [--approvals file]
              Classifies every change as wire-breaking, sdk-breaking or non-breaking.
              Exit 1 when a breaking change is not approved in the approvals file.
          drift <docs.txt> <contract> [--suggest]
              Compares the text dump of the public docs with the contract: names, types, nullability.
              Exit 1 when the docs show an operation, parameter or schema field the contract lacks, or a
              type the contract disagrees with without recording why. --suggest also prints the YAML
              to paste for everything missing (parameters, properties, schemas, operation stubs).
          sdk-view <contract> <out.json>
              Writes the contract as Kiota generates the SDK from it: each wire union (anyOf)
              becomes the branch x-kwiga-sdk-type names, inline schemas get names, enum members
              PascalCase names (see SdkView/SdkViewBuilder.cs). Exit 1 when the contract asks for
              something the view cannot do or a C# name would carry a generated-code mark.
          wire-view <contract> <out.json>
              Writes the contract as JSON for a server imitation: every wire union untyped, so the
              sandbox sends each form the real server sends (see WireView/WireViewBuilder.cs).
          sdk-code <view.json> <generated-dir>
              Polishes the C# Kiota generated from the view: query parameters named from the wire,
              the SDK's exceptions in the XML docs, resources unwrapped from {"data": ...}
              (see SdkCode/SdkCodePolisher.cs). Exit 1 when Kiota's output has an unknown shape.

        Exit codes: 0 clean, 1 findings, 2 usage or input error.
        """;

    /// <summary>Runs the command named by the first argument.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Count == 0 ? UsageError : Ok;
        }

        try
        {
            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "lint" => LintCommand.Run(CommandArguments.Parse(rest, []), stdout, stderr),
                "diff" => DiffCommand.Run(CommandArguments.Parse(rest, ["--format", "--out", "--approvals"]), stdout),
                "drift" => DriftCommand.Run(CommandArguments.Parse(rest, [], [DriftCommand.SuggestFlag]), stdout),
                "sdk-view" => SdkViewCommand.Run(CommandArguments.Parse(rest, []), stdout, stderr),
                "wire-view" => WireViewCommand.Run(CommandArguments.Parse(rest, []), stdout),
                "sdk-code" => SdkCodeCommand.Run(CommandArguments.Parse(rest, []), stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine(Usage);
            return UsageError;
        }
        catch (Exception ex) when (ex is ContractLoadException or IOException or InvalidDataException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return UsageError;
        }
    }
}
