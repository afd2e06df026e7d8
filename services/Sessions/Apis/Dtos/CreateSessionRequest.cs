namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary><c>kind</c> is read as text so an unknown value gets a field error instead of a JSON error.</summary>
public sealed record CreateSessionRequest(string? Title, string? Kind, IReadOnlyList<Guid>? ParticipantIds, Guid? RoomId);
