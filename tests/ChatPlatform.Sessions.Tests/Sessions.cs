using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Tests;

/// <summary>Builders for the rule tests: users and sessions in a known state.</summary>
internal static class Sessions
{
    public static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static Caller User(Guid id) => new(id, IsAdmin: false, IsAgent: false);

    public static Caller Agent(Guid id) => new(id, IsAdmin: false, IsAgent: true);

    public static Caller Admin() => new(Guid.NewGuid(), IsAdmin: true, IsAgent: true);

    public static ChatSession Open(SessionKind kind, Guid creator, params Guid[] others) =>
        ChatSession.Open(new NewSession("Test", kind, others, null), creator, Now);
}
