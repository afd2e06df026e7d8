namespace ChatPlatform.Presence.Infrastructure;

/// <summary>A block (<c>IsBlocked</c>) or an unblock of one pair, with its version (µs since the epoch).</summary>
public sealed record BlockChange(Guid BlockerId, Guid BlockedId, bool IsBlocked, long Version);
