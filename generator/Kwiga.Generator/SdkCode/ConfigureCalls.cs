namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Kiota's <c>RequestInformation.Configure</c> reads every query parameter's attribute by reflection on
/// every request (the largest per-request cost measured in tests/Kwiga.Sdk.Benchmarks). The one line
/// the generated builders use to call it becomes a call to the SDK's <c>RequestConfigurator</c>, which
/// does the same from a table read once per type.
/// </summary>
public static class ConfigureCalls
{
    private const string Kiota = "requestInfo.Configure(requestConfiguration);";
    private const string Sdk = "global::Kwiga.Sdk.Client.RequestConfigurator.Configure(requestInfo, requestConfiguration);";

    /// <summary>Rewrites in place.</summary>
    /// <returns>How many calls were rewritten.</returns>
    /// <exception cref="GeneratedCodeShapeException">A call in another form, or none at all: Kiota's output changed.</exception>
    public static int Apply(GeneratedSources sources)
    {
        var rewritten = 0;
        foreach (var path in sources.Files)
        {
            var text = sources[path];
            if (!text.Contains("requestInfo.Configure(", StringComparison.Ordinal))
            {
                continue;
            }

            rewritten += (text.Length - text.Replace(Kiota, string.Empty, StringComparison.Ordinal).Length) / Kiota.Length;
            text = text.Replace(Kiota, Sdk, StringComparison.Ordinal);
            if (text.Contains("requestInfo.Configure(", StringComparison.Ordinal))
            {
                throw new GeneratedCodeShapeException($"{path} calls requestInfo.Configure in a form this rewrite does not know; update SdkCode/ConfigureCalls.cs");
            }

            sources[path] = text;
        }

        if (rewritten == 0)
        {
            throw new GeneratedCodeShapeException("no generated builder calls requestInfo.Configure(requestConfiguration): Kiota's output changed; update SdkCode/ConfigureCalls.cs");
        }

        return rewritten;
    }
}
