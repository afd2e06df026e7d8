namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>POST /api/v1/chat/messages/{id}/reactions</c> body.</summary>
public sealed record ReactionRequest(string? Emoji);
