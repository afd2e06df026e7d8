namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>
/// What the REST send would have answered for one send of a batch: its status, and either the stored message's
/// id, seq and client_message_id (201) or the problem's code, detail and, for 429, the exact wait.
/// </summary>
public sealed record SendBatchResult(int Status, Guid? Id, long? Seq, string? ClientMessageId, string? Code, string? Detail, int? RetryAfterMs);
