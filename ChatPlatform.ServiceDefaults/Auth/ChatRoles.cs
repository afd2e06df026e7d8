namespace ChatPlatform.ServiceDefaults.Auth;

public static class ChatRoles
{
    public const string User = "user";
    public const string Agent = "agent";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([User, Agent, Admin]);
}
