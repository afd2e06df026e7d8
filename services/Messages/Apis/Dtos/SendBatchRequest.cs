namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>POST /internal/messages/send-batch</c> body: WebSocket sends Presence collected while its previous batch was out.</summary>
public sealed record SendBatchRequest(IReadOnlyList<SendBatchItem>? Sends);
