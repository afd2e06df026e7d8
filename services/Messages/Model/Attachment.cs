namespace ChatPlatform.Messages.Model;

/// <summary>An uploaded file: its bytes live in the attachment store under <see cref="Id"/>, this row says what they are.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }
    public Guid ChatSessionId { get; set; }
    public Guid UploaderId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content, computed while it streamed in; also the download's ETag.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The uploader's Idempotency-Key, if any: a retry with the same key returns this attachment.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
