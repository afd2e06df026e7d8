namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>PATCH /api/v1/chat/messages/{id}</c> body.</summary>
public sealed record EditMessageRequest(string? Content);
