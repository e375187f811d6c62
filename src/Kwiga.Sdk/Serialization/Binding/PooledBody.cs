using System.Buffers;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>A response body read whole into a buffer rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal sealed class PooledBody
{
    private const int FirstRead = 16 * 1024;

    private byte[]? _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The bytes; only until <see cref="Return"/>.</summary>
    public ReadOnlyMemory<byte> Bytes => new(_buffer ?? throw new InvalidOperationException("The response body has already been read."), 0, Length);

    public static async Task<PooledBody> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var size = content.CanSeek ? (int)Math.Min(int.MaxValue - 1, Math.Max(0, content.Length - content.Position)) + 1 : FirstRead;
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var length = 0;
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new PooledBody(buffer, length);
    }

    /// <summary>Gives the buffer back to the pool; the body cannot be read afterwards.</summary>
    public void Return()
    {
        var buffer = _buffer;
        _buffer = null;
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
