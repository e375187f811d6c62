namespace Kwiga.Sdk.Middleware;

/// <summary>
/// A response body read whole within its attempt (<see cref="AttemptTimeoutHandler"/>), so that a
/// connection breaking in the middle of the body fails the attempt, where retries and typed errors see
/// it, and not later in the parser. <see cref="ErrorHandler"/> checks the bytes without copying them.
/// </summary>
internal sealed class BufferedContent : ByteArrayContent
{
    private readonly byte[] _bytes;
    private readonly int _length;

    private BufferedContent(byte[] bytes, int length)
        : base(bytes, 0, length)
    {
        _bytes = bytes;
        _length = length;
    }

    /// <summary>The body.</summary>
    public ReadOnlySpan<byte> Bytes => new(_bytes, 0, _length);

    /// <summary>Reads <paramref name="original"/> whole and returns it buffered, with its headers.</summary>
    public static async Task<BufferedContent> ReadAsync(HttpContent original, CancellationToken cancellationToken)
    {
        var capacity = original.Headers.ContentLength is long length and > 0 and < int.MaxValue ? (int)length : 0;
        using var buffer = new MemoryStream(capacity);
#if NET5_0_OR_GREATER
        using (var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
#else
        using (var stream = await original.ReadAsStreamAsync().ConfigureAwait(false))
#endif
        {
            await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        }

        var content = new BufferedContent(buffer.GetBuffer(), (int)buffer.Length);
        foreach (var header in original.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return content;
    }
}
