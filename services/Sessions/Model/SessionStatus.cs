namespace ChatPlatform.Sessions.Model;

/// <summary>Direct and group sessions are <c>Open</c>; support sessions go Waiting -> Assigned -> Transferred; all end Closed.</summary>
public enum SessionStatus
{
    Open,
    Waiting,
    Assigned,
    Transferred,
    Closed,
}
