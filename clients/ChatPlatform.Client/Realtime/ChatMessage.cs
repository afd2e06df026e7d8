using System.Text.Json;

namespace ChatPlatform.Client.Realtime;

/// <summary>A chat message as the WebSocket and the REST history carry it (SPEC.md section 4).</summary>
public sealed record ChatMessage(
    Guid Id,
    Guid ChatSessionId,
    Guid? UserId,
    string MessageType,
    string? Content,
    string? ClientMessageId,
    long Seq,
    DateTimeOffset Timestamp,
    DateTimeOffset? EditedAt,
    bool Deleted,
    Guid? ReplyToId,
    IReadOnlyList<Guid>? Mentions,
    JsonElement? Attachments,
    JsonElement? Metadata,
    string? Event);
