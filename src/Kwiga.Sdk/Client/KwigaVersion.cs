using System.Reflection;

namespace Kwiga.Sdk.Client;

/// <summary>The SDK's version, as sent in <c>User-Agent: Kwiga.Sdk/&lt;version&gt;</c>.</summary>
internal static class KwigaVersion
{
    /// <summary>The informational version of this assembly (without build metadata).</summary>
    public static string Informational { get; } = Read();

    private static string Read()
    {
        var version = typeof(KwigaVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(KwigaVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
