namespace Kwiga.Sdk.Client;

/// <summary>What the generated single-resource methods return: the envelope's <c>data</c>, never null.</summary>
internal static class DataEnvelope
{
    /// <summary>
    /// <paramref name="data"/>, or a <see cref="KwigaUnexpectedResponseException"/>. Through the SDK's adapter
    /// a missing <c>data</c> has already been refused with the response's status; this covers a client built
    /// over another adapter (<c>new KwigaClient(adapter)</c>).
    /// </summary>
    public static TData DataOf<TEnvelope, TData>(TEnvelope? envelope, TData? data)
        where TData : class =>
        data ?? throw new KwigaUnexpectedResponseException(
            new KwigaErrorDetails(0, "?", "?", null, null),
            envelope is null ? "no body" : "no \"data\" in the body");
}
