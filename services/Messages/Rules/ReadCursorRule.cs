namespace ChatPlatform.Messages.Rules;

/// <summary>
/// A read cursor never points past the session's last message. (That it never moves back is enforced by the
/// upsert in <see cref="Application.ReadCursors.ReadCursorService"/>, so concurrent marks cannot race it.)
/// </summary>
public static class ReadCursorRule
{
    public static long Target(long requestedSeq, long lastSeq) => Math.Clamp(requestedSeq, 0, Math.Max(lastSeq, 0));
}
