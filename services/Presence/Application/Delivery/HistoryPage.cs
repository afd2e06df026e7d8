using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>Messages after a seq, oldest first; <see cref="HasMore"/> when another page follows.</summary>
public sealed record HistoryPage(IReadOnlyList<MessageFrame> Items, bool HasMore);
