using System.ComponentModel.DataAnnotations;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>POST /api/v1/chat/messages/{id}/reactions</c> body.</summary>
public sealed record ReactionRequest([Required, StringLength(EmojiRule.MaxLength, MinimumLength = 1)] string? Emoji);
