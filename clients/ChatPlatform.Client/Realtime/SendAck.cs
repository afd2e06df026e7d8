namespace ChatPlatform.Client.Realtime;

/// <summary>The server's <c>ack</c> for a send: the stored message's id and its seq in the session.</summary>
public sealed record SendAck(string ClientMessageId, Guid Id, long Seq, Guid? ChatSessionId);
