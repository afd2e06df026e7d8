using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record ParticipantResponse(Guid UserId, ParticipantRole RoleInSession, DateTimeOffset JoinedAt)
{
    public static ParticipantResponse From(SessionParticipant participant) => new(participant.UserId, participant.Role, participant.JoinedAt);
}
