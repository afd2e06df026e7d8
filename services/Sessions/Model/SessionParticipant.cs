namespace ChatPlatform.Sessions.Model;

public sealed class SessionParticipant
{
    public Guid SessionId { get; init; }
    public Guid UserId { get; init; }
    public ParticipantRole Role { get; init; }
    public DateTimeOffset JoinedAt { get; init; }
    public Guid AddedBy { get; init; }
}
