namespace ChatPlatform.Sessions.Model;

public enum AddParticipantOutcome
{
    Added,
    AlreadyParticipant,
    SessionClosed,
    DirectSessionFull,
    Forbidden,
    /// <summary>The user to add blocks the caller.</summary>
    Blocked,
}
