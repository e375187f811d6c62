using System.Text.Json;
using Kwiga.Sdk.Internal;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization;

/// <summary>Creates <see cref="LenientJsonParseNode"/>s for <c>application/json</c> responses.</summary>
internal sealed class LenientJsonParseNodeFactory : IParseNodeFactory
{
    /// <inheritdoc />
    public string ValidContentType => "application/json";

    /// <inheritdoc />
    public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(content, nameof(content));
        if (!ValidContentType.Equals(contentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), $"expected a {ValidContentType} content type");
        }

        using var document = await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LenientJsonParseNode(document.RootElement.Clone());
    }
}
