using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>The stored attachment (the first one for a repeated Idempotency-Key), or why the upload was refused.</summary>
public sealed record UploadResult(UploadOutcome Outcome, Attachment? Attachment)
{
    public static UploadResult Stored(Attachment attachment) => new(UploadOutcome.Complete, attachment);

    public static UploadResult Refused(UploadOutcome outcome) => new(outcome, null);
}
