namespace ChatPlatform.Sessions.Model;

public enum AddParticipantOutcome
{
    Added,
    AlreadyParticipant,
    SessionClosed,
    DirectSessionFull,
    Forbidden,
}
