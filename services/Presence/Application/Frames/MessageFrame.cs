namespace ChatPlatform.Presence.Application.Frames;

/// <summary>
/// A stored message as it goes to sockets: its seq, the serialized frame shared by every recipient, and its author
/// (the blocker's sockets skip it).
/// </summary>
public sealed record MessageFrame(long Seq, byte[] Payload, Guid? AuthorId = null);
