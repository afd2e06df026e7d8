namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>What <see cref="UploadCopier"/> did: bytes written and their SHA-256 (lower-case hex) when complete.</summary>
public sealed record UploadCopy(UploadOutcome Outcome, long Size, string? Sha256);
