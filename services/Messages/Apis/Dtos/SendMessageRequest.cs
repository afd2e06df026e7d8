using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>POST /api/v1/chat/sessions/{id}/messages</c> body (SPEC.md section 3).</summary>
/// <remarks><c>content</c> may be left out of image and file messages (they need <c>attachment_ids</c>), not of text ones.</remarks>
public sealed record SendMessageRequest(
    [Required, AllowedValues(MessageTypes.Text, MessageTypes.Image, MessageTypes.File)] string? MessageType,
    [StringLength(MessageLimits.ContentMaxLength)] string? Content,
    [StringLength(MessageLimits.ClientMessageIdLength, MinimumLength = 1)] string? ClientMessageId,
    JsonElement? Metadata,
    Guid? ReplyToId,
    [MaxLength(MessageLimits.MaxAttachments)] IReadOnlyList<Guid>? AttachmentIds);
