using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Application;

/// <summary>The result of a change to one session: what happened, and the session as it is now (null: not visible).</summary>
public sealed record SessionChange<TOutcome>(TOutcome Outcome, ChatSession? Session) where TOutcome : struct, Enum
{
    public static SessionChange<TOutcome> Hidden { get; } = new(default, null);

    /// <summary>What happened, for a trace: the outcome, or <c>hidden</c>.</summary>
    public string OutcomeName => Session is null ? "hidden" : Outcome.ToString();
}
