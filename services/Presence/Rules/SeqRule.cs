namespace ChatPlatform.Presence.Rules;

/// <summary>The per-connection delivery rule of the chat design note: exactly once, in seq order, no gap.</summary>
public static class SeqRule
{
    /// <param name="lastDelivered">The last seq this subscription delivered, or null when its baseline is the first message it sees.</param>
    public static SeqDecision Decide(long? lastDelivered, long seq) => lastDelivered switch
    {
        null => SeqDecision.Send,
        { } last when seq <= last => SeqDecision.Drop,
        { } last when seq == last + 1 => SeqDecision.Send,
        _ => SeqDecision.Gap,
    };
}
