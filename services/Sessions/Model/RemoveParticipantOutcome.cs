namespace ChatPlatform.Sessions.Model;

public enum RemoveParticipantOutcome
{
    Removed,
    NotParticipant,
    Forbidden,
    SessionClosed,
}
