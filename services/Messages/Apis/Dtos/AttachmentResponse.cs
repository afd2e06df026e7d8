using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>The body of a 201 upload (and of a repeated upload with the same Idempotency-Key).</summary>
public sealed record AttachmentResponse(
    Guid Id, string FileName, string ContentType, long Size, string Sha256, Guid ChatSessionId, DateTime CreatedAt)
{
    public static AttachmentResponse From(Attachment attachment) => new(
        attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256,
        attachment.ChatSessionId, attachment.CreatedAt.UtcDateTime);
}
