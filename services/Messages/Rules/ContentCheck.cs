namespace ChatPlatform.Messages.Rules;

/// <summary>The content to store (masked where a mask term matched), or a rejection.</summary>
public sealed record ContentCheck(bool Rejected, string Content)
{
    public const string RejectedMessage = "contains a banned term";
}
