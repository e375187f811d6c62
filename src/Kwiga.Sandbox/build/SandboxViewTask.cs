// Compiled by MSBuild's RoslynCodeTaskFactory (see SandboxGeneration.targets), not part of the sandbox.
// It runs only when the content hash of the generation inputs changed.
#nullable enable
using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Newtonsoft.Json.Linq;

/// <summary>
/// Turns the SDK view of the contract back into the wire view the sandbox needs. The SDK view
/// (generator/Kwiga.Generator sdk-view) collapses each wire union to the branch the SDK exposes
/// and leaves <c>x-kwiga-sdk-type</c> on it; here such a schema loses its type, so NSwag types the
/// member <c>object</c> and the sandbox can send every form the real server sends ("10.00" as a
/// string, 5 as a number, <c>[]</c> for an empty PHP map). Everything else is kept as written.
/// </summary>
public class SandboxViewTask : Task
{
    private static readonly string[] TypingKeys =
    {
        "type", "format", "items", "allOf", "anyOf", "oneOf", "$ref", "properties", "additionalProperties",
        "nullable", "enum", "minimum", "maximum", "maxItems", "minItems", "required", "default",
    };

    [Required] public string SdkViewFile { get; set; } = "";
    [Required] public string SandboxViewFile { get; set; } = "";

    /// <summary>How many wire unions were left untyped.</summary>
    [Output] public int Untyped { get; set; }

    public override bool Execute()
    {
        var document = JObject.Parse(File.ReadAllText(SdkViewFile));
        var untyped = 0;
        foreach (var schema in document.Descendants().OfType<JObject>().Where(o => o["x-kwiga-sdk-type"] != null).ToList())
        {
            foreach (var key in TypingKeys)
            {
                schema.Remove(key);
            }

            untyped++;
        }

        if (untyped == 0)
        {
            Log.LogError("KWIGASB002: the SDK view '{0}' has no x-kwiga-sdk-type unions; the sandbox would send SDK types instead of wire types.", SdkViewFile);
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(SandboxViewFile))!);
        // ToString() (indented), not ToString(Formatting): at run time the task binds to MSBuild's own
        // Newtonsoft.Json (13.0.3 in the .NET 10 SDK), which lacks the newer overloads.
        File.WriteAllText(SandboxViewFile, document.ToString());
        Untyped = untyped;
        Log.LogMessage(MessageImportance.Normal, "Sandbox view: {0} wire union(s) left untyped -> {1}", untyped, SandboxViewFile);
        return true;
    }
}
