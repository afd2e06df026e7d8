
namespace ChatPlatform.Contracts;

/// <summary>An attachment of a message: <c>url</c> downloads it through the gateway.</summary>
public sealed record AttachmentReference(Guid Id, string FileName, string ContentType, long Size, string Sha256, string Url)
{
    public static AttachmentReference From(MessageAttachment attachment) =>
        new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.Url);
}
