namespace ChatPlatform.Messages.Rules;

public static class AttachmentLimits
{
    /// <summary>SPEC.md: at most 100 MiB of file content (104,857,600 bytes); one byte more is 413.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>
    /// Room above the file limit for the multipart envelope and for reading a slightly-too-large upload to its end, so
    /// its client gets the 413 rather than a connection reset mid-send (the gateway's route allows the same).
    /// </summary>
    public const long RequestAllowanceBytes = 12L * 1024 * 1024;

    /// <summary>112 MiB: beyond this Kestrel stops reading the request at all.</summary>
    public const long MaxRequestBytes = MaxFileBytes + RequestAllowanceBytes;

    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 127;
    public const int IdempotencyKeyMaxLength = 128;
}
