namespace ChatPlatform.Messages.Rules;

public static class MessageLimits
{
    /// <summary>SPEC.md section 5: at most 4,000 characters (Unicode scalar values, so an emoji counts once).</summary>
    public const int ContentMaxLength = 4000;
    public const int ClientMessageIdLength = 128;
    public const int MetadataMaxBytes = 8 * 1024;
    public const int MaxAttachments = 10;
    public const int MaxMentions = 50;
}
