using System.Text.Json.Nodes;

namespace ChatPlatform.Client.Realtime;

/// <summary>The optional parts of a send frame. Without <see cref="ClientMessageId"/> the SDK makes a UUIDv7.</summary>
public sealed record ChatSendOptions
{
    public string MessageType { get; init; } = ChatFrameTypes.Text;
    public string? ClientMessageId { get; init; }
    public JsonObject? Metadata { get; init; }
    public Guid? ReplyToId { get; init; }
    public IReadOnlyList<Guid>? AttachmentIds { get; init; }
}
