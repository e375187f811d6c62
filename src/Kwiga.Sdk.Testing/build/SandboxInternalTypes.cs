// Compiled by MSBuild's RoslynCodeTaskFactory (see SandboxGeneration.targets), not part of the package.
using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Makes every type NSwag declared public internal (the package's public surface is Kwiga.Sdk.Testing only),
/// then fails when a public type declaration is left, so a new NSwag output shape cannot leak types.
/// </summary>
public class SandboxInternalTypes : Task
{
    // A type declaration: access modifier, other modifiers, then the kind keyword.
    private static readonly Regex PublicType = new Regex(
        @"^(?<indent>[ \t]*)public(?<rest>(?:\s+(?:partial|abstract|sealed|static|readonly))*\s+(?:class|interface|enum|struct|record|delegate)\b)",
        RegexOptions.Multiline);

    [Required]
    public string File { get; set; } = string.Empty;

    public override bool Execute()
    {
        var text = System.IO.File.ReadAllText(File);
        var rewritten = PublicType.Replace(text, m => m.Groups["indent"].Value + "internal" + m.Groups["rest"].Value);
        if (!string.Equals(text, rewritten, StringComparison.Ordinal))
        {
            System.IO.File.WriteAllText(File, rewritten);
        }

        var left = Regex.Matches(rewritten, @"^\s*public\s+(?:[a-z]+\s+)*(?:class|interface|enum|struct|record|delegate)\s+\w+", RegexOptions.Multiline)
            .Cast<Match>().Select(m => m.Value.Trim()).ToList();
        foreach (var declaration in left)
        {
            Log.LogError(null, "KWIGASB004", null, File, 0, 0, 0, 0, "A public type is left in the NSwag output: '{0}'. Every generated type must be internal.", declaration);
        }

        return !Log.HasLoggedErrors;
    }
}
