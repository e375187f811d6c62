using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>Reads a query string the way Laravel does: PHP's own <c>parse_str</c>, run by <c>php -r</c>.</summary>
public static class PhpQueryReader
{
    private static readonly Lazy<bool> Installed = new(() => Run("echo 1;", out _));

    public static bool IsAvailable => Installed.Value;

    /// <summary>The PHP array parse_str builds, as JSON.</summary>
    public static JsonNode Parse(string query)
    {
        var code = "parse_str(stream_get_contents(STDIN), $o); echo json_encode($o);";
        if (!Run(code, out var output, query))
        {
            throw new InvalidOperationException("php failed: " + output);
        }

        return JsonNode.Parse(output)!;
    }

    private static bool Run(string code, out string output, string? input = null)
    {
        try
        {
            var start = new ProcessStartInfo("php", ["-r", code])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.StandardInput.Write(input ?? string.Empty);
            process.StandardInput.Close();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return false;
        }
    }
}
