using System.Text.Json;

namespace ChatPlatform.Contracts;

/// <summary>The message of SPEC.md section 4, identical over REST and WebSocket.</summary>
public sealed record MessageResponse(
    Guid Id, Guid ChatSessionId, Guid UserId, string MessageType, string Content, string? ClientMessageId,
    long Seq, DateTime Timestamp, DateTime? EditedAt, bool Deleted, Guid? ReplyToId,
    IReadOnlyList<Guid> Mentions, IReadOnlyList<AttachmentReference> Attachments, JsonElement? Metadata,
    IReadOnlyDictionary<string, int> Reactions)
{
    private static readonly IReadOnlyDictionary<string, int> NoReactions = new Dictionary<string, int>();

    /// <param name="reactions">Count per emoji (Messages' reaction counts); none when null.</param>
    public static MessageResponse From(ChatMessage message, IReadOnlyDictionary<string, int>? reactions = null) => new(
        message.Id, message.ChatSessionId, message.UserId, message.MessageType, message.Content, message.ClientMessageId,
        message.Seq, message.Timestamp.UtcDateTime, message.EditedAt?.UtcDateTime, message.Deleted, message.ReplyToId,
        message.Mentions, (message.Attachments ?? []).Select(AttachmentReference.From).ToList(),
        message.MetadataJson is null ? null : JsonSerializer.Deserialize<JsonElement>(message.MetadataJson),
        reactions ?? NoReactions);
}
