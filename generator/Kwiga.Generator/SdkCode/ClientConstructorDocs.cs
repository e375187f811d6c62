namespace Kwiga.Generator.SdkCode;

/// <summary>
/// Says plainly what <c>new KwigaClient(IRequestAdapter)</c> skips: the client Kiota generates runs on
/// whatever adapter it is given, and only <c>KwigaClientFactory</c> and <c>AddKwigaClient</c> build the
/// SDK's pipeline under it.
/// </summary>
public static class ClientConstructorDocs
{
    private const string Kiota = "/// Instantiates a new <see cref=\"global::Kwiga.Sdk.KwigaClient\"/> and sets the default values.";

    private const string Sdk =
        "/// A client over <paramref name=\"requestAdapter\"/> as it is. Use <see cref=\"global::Kwiga.Sdk.KwigaClientFactory\"/>\n"
        + "        /// (or <c>services.AddKwigaClient</c>) instead: this constructor adds none of the SDK's pipeline, so unless the\n"
        + "        /// adapter brings its own there is no <c>Token</c>/<c>Cabinet-Hash</c>, no rate limit or 429 handling, no retries,\n"
        + "        /// no typed <c>Kwiga*Exception</c>s, no Laravel query forms (booleans as 1/0, dates as the docs write them) and\n"
        + "        /// no lenient reading of the wire's mixed types. It also registers Kiota's default serializers process-wide.";

    /// <summary>Rewrites the constructor's summary in place.</summary>
    /// <exception cref="GeneratedCodeShapeException">The summary Kiota writes was not found.</exception>
    public static void Apply(GeneratedSources sources, string clientFile)
    {
        var text = sources[clientFile];
        if (!text.Contains(Kiota, StringComparison.Ordinal))
        {
            throw new GeneratedCodeShapeException($"{clientFile}: the constructor summary Kiota writes was not found; update SdkCode/ClientConstructorDocs.cs");
        }

        sources[clientFile] = text.Replace(Kiota, Sdk, StringComparison.Ordinal);
    }
}
