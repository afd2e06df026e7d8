using System.ComponentModel.DataAnnotations;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary><c>kind</c> is read as text so an unknown value gets a field error instead of a JSON error.</summary>
public sealed record CreateSessionRequest(
    [Required, StringLength(NewSession.MaxTitleLength, MinimumLength = 1)] string? Title,
    [AllowedValues("direct", "group", "support")] string? Kind,
    [MaxLength(NewSession.MaxParticipants)] IReadOnlyList<Guid>? ParticipantIds,
    Guid? RoomId);
