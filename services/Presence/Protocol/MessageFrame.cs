namespace ChatPlatform.Presence.Protocol;

/// <summary>A stored message as it goes to sockets: its seq, and the serialized frame shared by every recipient.</summary>
public sealed record MessageFrame(long Seq, byte[] Payload);
