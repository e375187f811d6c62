using System.Net;
using Kwiga.Sdk.Middleware;

namespace Kwiga.Sdk.Tests.Middleware;

/// <summary>The body read whole within its attempt, into a pooled buffer that goes back with the response.</summary>
public class BufferedContentTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(16 * 1024)]
    [TestCase(100_003)]
    public async Task A_body_of_unknown_length_is_read_whole_however_often_the_buffer_grows(int size)
    {
        var body = Enumerable.Range(0, size).Select(i => (byte)(i * 31 % 251)).ToArray();
        using var original = new UnknownLengthContent(body);
        original.Headers.ContentType = new("application/json");
        Assert.That(original.Headers.ContentLength, Is.Null, "the test's body must not say its length");

        using var buffered = await BufferedContent.ReadAsync(original, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(buffered.Bytes.ToArray(), Is.EqualTo(body));
            Assert.That(buffered.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), "headers are kept");
        });
        Assert.That(await buffered.ReadAsByteArrayAsync(), Is.EqualTo(body));
    }

    [Test]
    public async Task Once_disposed_its_bytes_are_gone_not_silently_reused()
    {
        var buffered = await BufferedContent.ReadAsync(new ByteArrayContent("""{"data":[]}"""u8.ToArray()), CancellationToken.None);
        Assert.That(buffered.Bytes.Length, Is.EqualTo(11));

        buffered.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _ = buffered.Bytes.Length);
    }

    /// <summary>A body sent without Content-Length (chunked, or decompressed on the way in).</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body, 0, body.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
