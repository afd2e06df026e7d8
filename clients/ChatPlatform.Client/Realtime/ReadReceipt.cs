namespace ChatPlatform.Client.Realtime;

/// <summary>A <c>read_receipt</c> frame: a participant's read cursor moved to <see cref="UpToSeq"/>.</summary>
public sealed record ReadReceipt(Guid ChatSessionId, Guid UserId, long UpToSeq);
