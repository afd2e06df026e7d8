namespace ChatPlatform.Sessions.Model;

public enum AcceptOutcome
{
    Accepted,
    AlreadyAssigned,
    SessionClosed,
    NotSupport,
    Forbidden,
}
