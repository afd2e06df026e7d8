namespace ChatPlatform.Presence.Rules;

/// <summary>What a subscription does with a message, given the last seq it delivered.</summary>
public enum SeqDecision
{
    /// <summary>Already delivered (seq at or below the last one): a duplicate.</summary>
    Drop,

    /// <summary>The next one (or the first one when nothing was delivered yet): send it.</summary>
    Send,

    /// <summary>Messages are missing in between: fetch them from history first.</summary>
    Gap,
}
