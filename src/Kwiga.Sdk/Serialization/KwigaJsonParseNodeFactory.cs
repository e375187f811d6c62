using Kwiga.Sdk.Internal;
using Kwiga.Sdk.Serialization.Binding;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization;

/// <summary>
/// The SDK's reader for <c>application/json</c> responses: the same values as
/// <see cref="LenientJsonParseNodeFactory"/>, bound straight from the body's bytes into the generated
/// models (see <see cref="Binding.ModelBinder"/>) instead of through a parsed document and a dictionary
/// of closures per object.
/// </summary>
internal sealed class KwigaJsonParseNodeFactory : IParseNodeFactory
{
    public string ValidContentType => "application/json";

    public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(content, nameof(content));
        if (!ValidContentType.Equals(contentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), $"expected a {ValidContentType} content type");
        }

        return new BufferedJsonParseNode(await PooledBody.ReadAsync(content, cancellationToken).ConfigureAwait(false));
    }
}
