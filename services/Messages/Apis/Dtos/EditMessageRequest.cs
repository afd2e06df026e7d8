using System.ComponentModel.DataAnnotations;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>PATCH /api/v1/chat/messages/{id}</c> body.</summary>
public sealed record EditMessageRequest([Required, StringLength(MessageLimits.ContentMaxLength)] string? Content);
