namespace Kwiga.Sdk.Client;

/// <summary>
/// A response that wraps one resource in <c>{"data": …}</c>. The generation step marks every such model
/// (obj/Generated/Models/DataEnvelopes.cs), so that <see cref="KwigaRequestAdapter"/> can refuse a
/// success without <c>data</c> with the status and request line at hand.
/// </summary>
internal interface IDataEnvelope
{
    /// <summary>Whether <c>data</c> arrived.</summary>
    bool HasData { get; }
}
