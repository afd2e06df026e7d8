namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>Who uploads what where: the cleaned file name and the normalised, allowed media type of the <c>file</c> part.</summary>
public sealed record UploadRequest(Guid SessionId, Guid UploaderId, string FileName, string ContentType, string? IdempotencyKey);
