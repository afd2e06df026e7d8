namespace ChatPlatform.Messages.Rules;

/// <summary>One banned term and what happens to a message that contains it (<c>reject</c> or <c>mask</c>).</summary>
public sealed class BannedTermOptions
{
    public string Term { get; set; } = string.Empty;
    public string Action { get; set; } = BannedTermActions.Reject;
}
