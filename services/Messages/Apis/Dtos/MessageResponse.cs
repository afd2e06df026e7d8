using System.Text.Json;
using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>The message of SPEC.md section 4, identical over REST and WebSocket.</summary>
public sealed record MessageResponse(
    Guid Id, Guid ChatSessionId, Guid UserId, string MessageType, string Content, string? ClientMessageId,
    long Seq, DateTime Timestamp, DateTime? EditedAt, bool Deleted, Guid? ReplyToId,
    IReadOnlyList<Guid> Mentions, IReadOnlyList<AttachmentReference> Attachments, JsonElement? Metadata)
{
    public static MessageResponse From(ChatMessage message) => new(
        message.Id, message.ChatSessionId, message.UserId, message.MessageType, message.Content, message.ClientMessageId,
        message.Seq, message.Timestamp.UtcDateTime, message.EditedAt?.UtcDateTime, message.Deleted, message.ReplyToId,
        message.Mentions, message.AttachmentIds.Select(id => new AttachmentReference(id)).ToList(),
        message.MetadataJson is null ? null : JsonSerializer.Deserialize<JsonElement>(message.MetadataJson));
}
