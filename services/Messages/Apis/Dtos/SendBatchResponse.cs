namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>The answer to a send batch: one result per send, in the request's order.</summary>
public sealed record SendBatchResponse(IReadOnlyList<SendBatchResult> Results);
