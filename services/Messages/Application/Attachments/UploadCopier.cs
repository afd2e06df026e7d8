using System.Buffers;
using System.Security.Cryptography;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>
/// Copies an upload to storage in fixed-size chunks, hashing and counting as it goes, so memory stays flat
/// whatever the size. Stops at the first byte over the limit and, for images, as soon as the first bytes
/// disagree with the declared type; nothing past either point is written.
/// </summary>
public static class UploadCopier
{
    private const int ChunkSize = 64 * 1024;

    /// <param name="imageType">The declared image type to check the first bytes against, or null for other types.</param>
    public static async Task<UploadCopy> CopyAsync(Stream source, Stream destination, long maxBytes, string? imageType, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var head = new byte[ImageSignatures.HeadLength];
        var headLength = 0;
        var headChecked = imageType is null;
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (size + read > maxBytes)
                {
                    return new UploadCopy(UploadOutcome.TooLarge, size, null);
                }
                if (!headChecked)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                    if (headLength == head.Length)
                    {
                        if (!ImageSignatures.Matches(imageType!, head))
                        {
                            return new UploadCopy(UploadOutcome.SignatureMismatch, size, null);
                        }
                        headChecked = true;
                    }
                }
                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
            if (!headChecked && !ImageSignatures.Matches(imageType!, head.AsSpan(0, headLength)))
            {
                return new UploadCopy(UploadOutcome.SignatureMismatch, size, null);
            }
            await destination.FlushAsync(cancellationToken);
            return new UploadCopy(UploadOutcome.Complete, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
