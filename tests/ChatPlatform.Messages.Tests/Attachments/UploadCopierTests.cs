using System.Security.Cryptography;
using ChatPlatform.Messages.Application.Attachments;

namespace ChatPlatform.Messages.Tests.Attachments;

public sealed class UploadCopierTests
{
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    private static byte[] Content(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();

    [Fact]
    public async Task Content_of_exactly_the_limit_is_copied_whole_with_its_sha256()
    {
        var content = Content(200_000);
        var destination = new MemoryStream();

        var copy = await UploadCopier.CopyAsync(new MemoryStream(content), destination, maxBytes: content.Length, imageType: null, CancellationToken.None);

        Assert.Equal(UploadOutcome.Complete, copy.Outcome);
        Assert.Equal(content.Length, copy.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), copy.Sha256);
        Assert.Equal(content, destination.ToArray());
    }

    [Fact]
    public async Task One_byte_over_the_limit_is_too_large_and_nothing_past_the_limit_is_written()
    {
        var content = Content(200_001);
        var destination = new MemoryStream();

        var copy = await UploadCopier.CopyAsync(new MemoryStream(content), destination, maxBytes: 200_000, imageType: null, CancellationToken.None);

        Assert.Equal(UploadOutcome.TooLarge, copy.Outcome);
        Assert.Null(copy.Sha256);
        Assert.True(destination.Length <= 200_000);
    }

    [Fact]
    public async Task The_limit_counts_bytes_across_many_small_reads()
    {
        var content = Content(1_000);
        var atLimit = await UploadCopier.CopyAsync(new TrickleStream(content, 7), new MemoryStream(), 1_000, null, CancellationToken.None);
        var overLimit = await UploadCopier.CopyAsync(new TrickleStream(content, 7), new MemoryStream(), 999, null, CancellationToken.None);

        Assert.Equal((UploadOutcome.Complete, 1_000L), (atLimit.Outcome, atLimit.Size));
        Assert.Equal(UploadOutcome.TooLarge, overLimit.Outcome);
    }

    [Fact]
    public async Task An_image_whose_first_bytes_arrive_one_at_a_time_is_still_checked_and_accepted()
    {
        var content = PngHead.Concat(Content(5_000)).ToArray();
        var destination = new MemoryStream();

        var copy = await UploadCopier.CopyAsync(new TrickleStream(content, 1), destination, 1_000_000, "image/png", CancellationToken.None);

        Assert.Equal(UploadOutcome.Complete, copy.Outcome);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), copy.Sha256);
        Assert.Equal(content, destination.ToArray());
    }

    [Fact]
    public async Task Content_that_is_not_the_declared_image_type_is_refused_after_its_first_bytes()
    {
        var content = "<html><script>alert(1)</script></html>"u8.ToArray().Concat(Content(500_000)).ToArray();
        var source = new MemoryStream(content);

        var copy = await UploadCopier.CopyAsync(source, new MemoryStream(), 1_000_000, "image/png", CancellationToken.None);

        Assert.Equal(UploadOutcome.SignatureMismatch, copy.Outcome);
        Assert.True(source.Position < content.Length, "reading stopped at the first chunk");
    }

    [Fact]
    public async Task A_file_shorter_than_a_signature_is_checked_at_its_end()
    {
        var tinyJpeg = await UploadCopier.CopyAsync(new MemoryStream([0xFF, 0xD8, 0xFF, 0xD9]), new MemoryStream(), 100, "image/jpeg", CancellationToken.None);
        var tinyText = await UploadCopier.CopyAsync(new MemoryStream("hi"u8.ToArray()), new MemoryStream(), 100, "image/jpeg", CancellationToken.None);
        var empty = await UploadCopier.CopyAsync(new MemoryStream(), new MemoryStream(), 100, "image/png", CancellationToken.None);

        Assert.Equal(UploadOutcome.Complete, tinyJpeg.Outcome);
        Assert.Equal(UploadOutcome.SignatureMismatch, tinyText.Outcome);
        Assert.Equal(UploadOutcome.SignatureMismatch, empty.Outcome);
    }

    [Fact]
    public async Task An_empty_non_image_file_is_complete_with_the_sha256_of_nothing()
    {
        var copy = await UploadCopier.CopyAsync(new MemoryStream(), new MemoryStream(), 100, null, CancellationToken.None);

        Assert.Equal((UploadOutcome.Complete, 0L, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), (copy.Outcome, copy.Size, copy.Sha256));
    }

    /// <summary>Hands out at most <c>chunk</c> bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] content, int chunk) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
