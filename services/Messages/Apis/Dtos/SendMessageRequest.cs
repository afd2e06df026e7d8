using System.Text.Json;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>POST /api/v1/chat/sessions/{id}/messages</c> body (SPEC.md section 3).</summary>
public sealed record SendMessageRequest(
    string? MessageType, string? Content, string? ClientMessageId, JsonElement? Metadata,
    Guid? ReplyToId, IReadOnlyList<Guid>? AttachmentIds);
