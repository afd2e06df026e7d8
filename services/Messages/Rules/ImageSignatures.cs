namespace ChatPlatform.Messages.Rules;

/// <summary>The first bytes ("magic numbers") each allowed image type must start with.</summary>
public static class ImageSignatures
{
    /// <summary>How many leading bytes <see cref="Matches"/> needs to decide (fewer only when the file is shorter).</summary>
    public const int HeadLength = 12;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> Webp => "WEBP"u8;
    private static ReadOnlySpan<byte> Bmp => "BM"u8;

    /// <summary>True when <paramref name="head"/> (the file's first bytes) is what <paramref name="imageType"/> starts with.</summary>
    public static bool Matches(string imageType, ReadOnlySpan<byte> head) => imageType switch
    {
        "image/png" => head.StartsWith(Png),
        "image/jpeg" => head.StartsWith(Jpeg),
        "image/gif" => head.StartsWith(Gif87) || head.StartsWith(Gif89),
        "image/webp" => head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(Webp),
        "image/bmp" => head.StartsWith(Bmp),
        _ => false,
    };
}
