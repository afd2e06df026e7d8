using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>
/// A file of any length whose bytes are computed from their position, written in 64 KiB chunks as the request goes
/// out: a 100 MiB upload never exists in the test's memory, and any slice or hash can be recomputed.
/// </summary>
public sealed class GeneratedFileContent : HttpContent
{
    private const int ChunkSize = 64 * 1024;
    private readonly long _length;

    public GeneratedFileContent(long length, string contentType = "application/octet-stream")
    {
        _length = length;
        Headers.ContentType = new MediaTypeHeaderValue(contentType);
    }

    /// <summary>How many of the content's bytes have been handed to the connection so far.</summary>
    public long BytesWritten => Interlocked.Read(ref _written);

    private long _written;

    public static byte At(long position) => (byte)(((ulong)position * 0x9E3779B97F4A7C15UL) >> 56);

    public static byte[] Slice(long offset, int count)
    {
        var bytes = new byte[count];
        Fill(bytes, offset);
        return bytes;
    }

    public static string Sha256Of(long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[ChunkSize];
        for (long offset = 0; offset < length; offset += ChunkSize)
        {
            var count = (int)Math.Min(ChunkSize, length - offset);
            Fill(chunk.AsSpan(0, count), offset);
            hash.AppendData(chunk, 0, count);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[ChunkSize];
        for (long offset = 0; offset < _length; offset += ChunkSize)
        {
            var count = (int)Math.Min(ChunkSize, _length - offset);
            Fill(chunk.AsSpan(0, count), offset);
            await stream.WriteAsync(chunk.AsMemory(0, count));
            Interlocked.Add(ref _written, count);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    private static void Fill(Span<byte> destination, long offset)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = At(offset + i);
        }
    }
}
