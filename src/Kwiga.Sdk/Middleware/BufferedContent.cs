using System.Buffers;

namespace Kwiga.Sdk.Middleware;

/// <summary>
/// A response body read whole within its attempt (<see cref="AttemptTimeoutHandler"/>), so that a
/// connection breaking in the middle of the body fails the attempt, where retries and typed errors see
/// it, and not later in the parser. <see cref="ErrorHandler"/> checks the bytes without copying them.
/// </summary>
/// <remarks>
/// The bytes live in an array rented from <see cref="ArrayPool{T}.Shared"/> and go back when the content
/// is disposed (with its response: Kiota's adapter disposes it once the body is parsed; a failed attempt
/// is disposed before its resend). Every reader copies what it needs before that: the JSON readers read
/// the whole stream at once, error messages are taken while the response is alive. A stream handed out
/// and still read after the response's disposal would see reused memory; nothing in the SDK does that
/// (the SDK has no operation that returns the body as a stream).
/// </remarks>
internal sealed class BufferedContent : ByteArrayContent
{
    /// <summary>The first rent when the length is unknown (a chunked or decompressed body).</summary>
    private const int UnknownLengthStart = 16 * 1024;

    private byte[]? _rented;
    private readonly int _length;

    private BufferedContent(byte[] rented, int length)
        : base(rented, 0, length)
    {
        _rented = rented;
        _length = length;
    }

    /// <summary>The body.</summary>
    public ReadOnlySpan<byte> Bytes => _rented is { } bytes ? new(bytes, 0, _length) : throw new ObjectDisposedException(nameof(BufferedContent));

    /// <summary>Reads <paramref name="original"/> whole and returns it buffered, with its headers.</summary>
    public static async Task<BufferedContent> ReadAsync(HttpContent original, CancellationToken cancellationToken)
    {
        var known = original.Headers.ContentLength is long length and >= 0 and < int.MaxValue ? (int)length : -1;
        var buffer = ArrayPool<byte>.Shared.Rent(known >= 0 ? Math.Max(known, 1) : UnknownLengthStart);
        var filled = 0;
        try
        {
#if NET5_0_OR_GREATER
            using var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var stream = await original.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer);
                }

#if NET5_0_OR_GREATER
                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
#else
                var read = await stream.ReadAsync(buffer, filled, buffer.Length - filled, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        var content = new BufferedContent(buffer, filled);
        foreach (var header in original.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return content;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _rented, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        base.Dispose(disposing);
    }

    private static byte[] Grow(byte[] full)
    {
        var larger = ArrayPool<byte>.Shared.Rent(full.Length * 2);
        Buffer.BlockCopy(full, 0, larger, 0, full.Length);
        ArrayPool<byte>.Shared.Return(full);
        return larger;
    }
}
