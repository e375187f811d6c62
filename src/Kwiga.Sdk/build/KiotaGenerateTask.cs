// Compiled by MSBuild's RoslynCodeTaskFactory (see KiotaGeneration.targets), not part of Kwiga.Sdk.
// It runs only when the stamp check in the targets file found the contract or settings changed.
#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>Runs <c>dotnet kiota generate</c> under a file lock and turns Kiota's log into build errors.</summary>
public class KiotaGenerateTask : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    [Required] public string DotnetHost { get; set; } = "dotnet";
    [Required] public string Arguments { get; set; } = "";
    [Required] public string WorkingDirectory { get; set; } = "";
    [Required] public string ContractFile { get; set; } = "";
    [Required] public string OutputDirectory { get; set; } = "";
    [Required] public string RootClientFile { get; set; } = "";
    [Required] public string StampFile { get; set; } = "";
    [Required] public string State { get; set; } = "";
    public string AcceptedWarningsFile { get; set; } = "";

    /// <summary>'dotnet' arguments that build generator/Kwiga.Generator (once per generation).</summary>
    [Required] public string ToolBuildArguments { get; set; } = "";

    /// <summary>The built generator's dll; with <see cref="ToolState"/>, lets an unchanged generator skip its build.</summary>
    [Required] public string ToolDll { get; set; } = "";

    /// <summary>The hash of the generator's sources and package versions (see the targets file).</summary>
    [Required] public string ToolState { get; set; } = "";

    /// <summary>The hash of the tool manifest: an unchanged manifest skips 'dotnet tool restore'.</summary>
    [Required] public string ManifestState { get; set; } = "";

    /// <summary>'dotnet' arguments that write the SDK view Kiota reads.</summary>
    [Required] public string SdkViewArguments { get; set; } = "";

    /// <summary>'dotnet' arguments that polish the C# Kiota wrote (generator sdk-code).</summary>
    [Required] public string SdkCodeArguments { get; set; } = "";
    public bool Force { get; set; }

    /// <summary>True when this call ran Kiota (false when another build already had).</summary>
    [Output] public bool Generated { get; set; }

    public override bool Execute()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
        using (var gate = AcquireLock(StampFile + ".lock"))
        {
            if (gate == null)
            {
                return false;
            }

            // Another inner build may have generated while this one waited for the lock.
            if (!Force && File.Exists(StampFile) && File.Exists(RootClientFile)
                && File.Exists(Path.Combine(OutputDirectory, ".editorconfig"))
                && File.ReadAllText(StampFile).Trim() == State.Trim())
            {
                Log.LogMessage(MessageImportance.Normal, "Kiota: another build generated the client; nothing to do.");
                return true;
            }

            File.Delete(StampFile);
            Log.LogMessage(MessageImportance.High, $"Kiota: generating from the SDK view of {ContractFile}");
            var watch = Stopwatch.StartNew();

            // A contract edit changes neither the tool manifest nor the generator: both steps are skipped
            // then (2-3 s of the loop), each recorded by a stamp written only after it succeeded.
            var restored = IsStamped(RestoreStampFile, ManifestState);
            if (!restored && !Restore())
            {
                return false;
            }

            var toolStamp = ToolDll + ".stamp";
            if (File.Exists(ToolDll) && IsStamped(toolStamp, ToolState))
            {
                _steps.Add("generator up to date");
            }
            else
            {
                // The tool's folder does not exist before its first build (a fresh clone).
                if (File.Exists(toolStamp))
                {
                    File.Delete(toolStamp);
                }
                if (!Run(ToolBuildArguments, "generator build", out var buildOutput))
                {
                    Log.LogError(null, "KWIGA006", null, ContractFile, 0, 0, 0, 0,
                        "generator/Kwiga.Generator did not build: " + Essential(buildOutput));
                    return false;
                }

                File.WriteAllText(toolStamp, ToolState);
            }

            if (!Run(SdkViewArguments, "sdk-view", out var viewOutput))
            {
                Log.LogError(null, "KWIGA006", null, ContractFile, 0, 0, 0, 0,
                    "generator/Kwiga.Generator sdk-view could not build the SDK view: " + Essential(viewOutput));
                return false;
            }

            Log.LogMessage(MessageImportance.Normal, "Kiota: " + viewOutput);

            var ranKiota = Run(Arguments, "kiota", out var kiotaOutput);
            if (!ranKiota && restored)
            {
                // The stamp said the tools were restored, but Kiota did not start (a cleared NuGet cache?):
                // restore once and try again before failing.
                if (!Restore())
                {
                    return false;
                }

                ranKiota = Run(Arguments, "kiota", out kiotaOutput);
            }

            if (!ranKiota)
            {
                Log.LogError(null, "KWIGA003", null, ContractFile, 0, 0, 0, 0,
                    "Kiota failed: " + Essential(kiotaOutput));
                return false;
            }

            Log.LogMessage(MessageImportance.Low, kiotaOutput);
            var clean = CheckKiotaLog();

            if (!File.Exists(RootClientFile))
            {
                Log.LogError(null, "KWIGA004", null, ContractFile, 0, 0, 0, 0,
                    $"Kiota did not write {Path.GetFileName(RootClientFile)}: the contract could not be read"
                    + (clean ? ". Kiota said: " + Essential(kiotaOutput) : " (see the errors above)."));
                return false;
            }

            if (!clean)
            {
                return false;
            }

            if (!Run(SdkCodeArguments, "sdk-code", out var codeOutput))
            {
                Log.LogError(null, "KWIGA007", null, ContractFile, 0, 0, 0, 0,
                    "generator/Kwiga.Generator sdk-code could not polish Kiota's output (a new Kiota version? see generator/Kwiga.Generator/SdkCode): " + Essential(codeOutput));
                return false;
            }

            Log.LogMessage(MessageImportance.Normal, "Kiota: " + codeOutput);

            WriteEditorConfig();
            File.WriteAllText(StampFile, State.Trim() + "\n");
            Generated = true;
            Log.LogMessage(MessageImportance.High,
                $"Kiota: generated {Directory.GetFiles(OutputDirectory, "*.cs", SearchOption.AllDirectories).Length} files in {watch.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", _steps)}) into {OutputDirectory}");
            return true;
        }
    }

    private FileStream? AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock between processes (flock on Unix), and
                // MSBuild's worker nodes are separate processes.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException ex)
            {
                Log.LogError(null, "KWIGA005", null, path, 0, 0, 0, 0,
                    $"Timed out after {LockTimeout.TotalMinutes} min waiting for the Kiota generation lock: {ex.Message}");
                return null;
            }
        }
    }

    /// <summary>Records the tool manifest of the last successful 'dotnet tool restore' (KiotaClean deletes it).</summary>
    private string RestoreStampFile => StampFile + ".tool-restore";

    private bool Restore()
    {
        File.Delete(RestoreStampFile);
        if (!Run("tool restore", "tool restore", out var restoreOutput))
        {
            Log.LogError(null, "KWIGA002", null, ContractFile, 0, 0, 0, 0,
                "'dotnet tool restore' failed, so Kiota cannot run: " + Essential(restoreOutput));
            return false;
        }

        File.WriteAllText(RestoreStampFile, ManifestState);
        return true;
    }

    private static bool IsStamped(string path, string state) =>
        File.Exists(path) && File.ReadAllText(path).Trim() == state.Trim();

    /// <summary>What each step of this generation took, for the closing message.</summary>
    private readonly List<string> _steps = new List<string>();

    /// <summary>Runs 'dotnet <paramref name="arguments"/>' and notes the time of <paramref name="step"/>.</summary>
    private bool Run(string arguments, string step, out string output)
    {
        var watch = Stopwatch.StartNew();
        var ok = RunProcess(arguments, out output);
        _steps.Add($"{step} {watch.Elapsed.TotalSeconds:0.0} s");
        return ok;
    }

    private bool RunProcess(string arguments, out string output)
    {
        var info = new ProcessStartInfo(DotnetHost, arguments)
        {
            WorkingDirectory = WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        info.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        info.Environment["KIOTA_CLI_TELEMETRY_OPTOUT"] = "true";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // The MSBuild node's own variables would leak into a nested 'dotnet' and confuse it.
        info.Environment.Remove("MSBuildExtensionsPath");
        info.Environment.Remove("MSBuildSDKsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");

        var text = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (text) { text.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (text) { text.AppendLine(e.Data); } } };
        Log.LogMessage(MessageImportance.Low, $"{DotnetHost} {arguments}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)ProcessTimeout.TotalMilliseconds))
        {
            try { process.Kill(); } catch (InvalidOperationException) { }
            output = $"'dotnet {arguments}' did not finish within {ProcessTimeout.TotalMinutes} min." + Environment.NewLine + text;
            return false;
        }

        process.WaitForExit();
        lock (text)
        {
            output = text.ToString().TrimEnd();
        }

        return process.ExitCode == 0;
    }

    /// <summary>
    /// Kiota writes one line per message to .kiota.log ("Warning: KiotaBuilder ...", "Error: ...").
    /// OpenAPI warnings and errors, and any Kiota error, fail the build; other Kiota warnings are
    /// build warnings. A line containing an accepted substring is only logged.
    /// </summary>
    private bool CheckKiotaLog()
    {
        var logFile = Path.Combine(OutputDirectory, ".kiota.log");
        if (!File.Exists(logFile))
        {
            return true;
        }

        var accepted = ReadAccepted();
        var ok = true;
        foreach (var raw in File.ReadAllLines(logFile))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var message = StripPrefix(line);
            var acceptedBy = accepted.FirstOrDefault(a => line.IndexOf(a, StringComparison.Ordinal) >= 0);
            var isError = line.StartsWith("Error:", StringComparison.Ordinal) || line.StartsWith("Critical:", StringComparison.Ordinal);
            var isOpenApi = message.IndexOf("OpenAPI warning", StringComparison.Ordinal) >= 0
                            || message.IndexOf("OpenAPI error", StringComparison.Ordinal) >= 0;

            if (acceptedBy != null)
            {
                Log.LogMessage(MessageImportance.Normal, $"Kiota (accepted by '{acceptedBy}'): {message}");
            }
            else if (isError || isOpenApi)
            {
                Log.LogError("Kiota", "KWIGA010", null, ContractFile, 0, 0, 0, 0, message);
                ok = false;
            }
            else if (line.StartsWith("Warning:", StringComparison.Ordinal))
            {
                Log.LogWarning("Kiota", "KWIGA011", null, ContractFile, 0, 0, 0, 0, message);
            }
            else
            {
                Log.LogMessage(MessageImportance.Normal, "Kiota: " + message);
            }
        }

        if (!ok && File.Exists(AcceptedWarningsFile ?? ""))
        {
            Log.LogMessage(MessageImportance.High,
                $"Kiota: a warning that is intended can be accepted by adding a substring of it as a line of {AcceptedWarningsFile}.");
        }

        return ok;
    }

    private List<string> ReadAccepted()
    {
        if (string.IsNullOrEmpty(AcceptedWarningsFile) || !File.Exists(AcceptedWarningsFile))
        {
            return new List<string>();
        }

        return File.ReadAllLines(AcceptedWarningsFile)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>A tool's output without blank lines and Kiota's usage hints, for an error message.</summary>
    private static string Essential(string output)
    {
        var lines = output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0
                        && !l.StartsWith("Hint:", StringComparison.Ordinal)
                        && !l.StartsWith("Example:", StringComparison.Ordinal))
            .ToList();
        return lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, lines);
    }

    private static string StripPrefix(string line)
    {
        // "Warning: KiotaBuilder OpenAPI warning: #/paths/... - message" -> "OpenAPI warning: #/paths/... - message"
        foreach (var prefix in new[] { "Warning: KiotaBuilder ", "Error: KiotaBuilder ", "Critical: KiotaBuilder ", "Information: KiotaBuilder " })
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line.Substring(prefix.Length);
            }
        }

        return line;
    }

    private void WriteEditorConfig()
    {
        // The generated code is compiled with warnings as errors like the hand-written code, but its
        // XML docs are only as complete as the contract's descriptions: the documentation warnings
        // are silenced here, for these files only (hand-written files keep CS1591).
        File.WriteAllText(Path.Combine(OutputDirectory, ".editorconfig"),
            "# Written by src/Kwiga.Sdk/build/KiotaGenerateTask.cs after each generation.\n"
            + "[*.cs]\n"
            + "generated_code = true\n"
            + "dotnet_diagnostic.CS1591.severity = none\n"
            + "dotnet_diagnostic.CS1573.severity = none\n");
    }
}
