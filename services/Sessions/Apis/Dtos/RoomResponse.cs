using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>A room; <c>session_id</c> is its group session (what joining returns).</summary>
public sealed record RoomResponse(Guid Id, string Name, string? Description, bool IsPrivate, Guid CreatedBy, DateTimeOffset CreatedAt, Guid SessionId)
{
    public static RoomResponse From(Room room) =>
        new(room.Id, room.Name, room.Description, room.IsPrivate, room.CreatedBy, room.CreatedAt, room.SessionId);
}
