namespace ChatPlatform.Messages.Rules;

/// <summary>Read cursors never move back and never point past the session's last message.</summary>
public static class ReadCursorRule
{
    public static long Target(long requestedSeq, long lastSeq) => Math.Clamp(requestedSeq, 0, Math.Max(lastSeq, 0));

    public static long Advance(long currentSeq, long targetSeq) => Math.Max(currentSeq, targetSeq);
}
