namespace ChatPlatform.Sessions.Model;

public enum SessionKind
{
    Direct,
    Group,
    Support,
}
