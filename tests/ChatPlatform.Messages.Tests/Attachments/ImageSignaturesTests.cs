using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Attachments;

public sealed class ImageSignaturesTests
{
    public static TheoryData<string, byte[]> RealHeads => new()
    {
        { "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] },
        { "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1] },
        { "image/gif", "GIF89a\x01\0\x01\0\0\0"u8.ToArray() },
        { "image/gif", "GIF87a\x01\0\x01\0\0\0"u8.ToArray() },
        { "image/webp", "RIFF\x24\0\0\0WEBP"u8.ToArray() },
        { "image/bmp", "BM\x3a\0\0\0\0\0\0\0\x36\0"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(RealHeads))]
    public void The_first_bytes_of_each_image_type_match_it(string type, byte[] head) =>
        Assert.True(ImageSignatures.Matches(type, head));

    [Theory]
    [MemberData(nameof(RealHeads))]
    public void Text_declared_as_any_image_type_does_not_match(string type, byte[] _) =>
        Assert.False(ImageSignatures.Matches(type, "<html><body>"u8));

    [Fact]
    public void One_image_type_does_not_pass_for_another()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        Assert.False(ImageSignatures.Matches("image/jpeg", png));
        Assert.False(ImageSignatures.Matches("image/gif", png));
        Assert.False(ImageSignatures.Matches("image/webp", "RIFF\x24\0\0\0WAVE"u8));
    }

    [Fact]
    public void A_head_shorter_than_the_signature_does_not_match()
    {
        Assert.False(ImageSignatures.Matches("image/png", [0x89, 0x50, 0x4E]));
        Assert.False(ImageSignatures.Matches("image/webp", "RIFF"u8));
        Assert.False(ImageSignatures.Matches("image/jpeg", []));
    }

    [Fact]
    public void A_type_that_is_not_a_checked_image_never_matches() =>
        Assert.False(ImageSignatures.Matches("image/svg+xml", "<svg xmlns=\"\">"u8));
}
