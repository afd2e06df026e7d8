namespace ChatPlatform.Contracts;

/// <summary>Command from Presence to Messages: advance a read cursor (a WebSocket <c>read</c> frame).</summary>
public sealed record MarkRead(Guid SessionId, Guid UserId, long UpToSeq);
