namespace ChatPlatform.Messages.Model;

/// <summary>A user as projected from Identity's UserRegistered: what @mentions are matched against.</summary>
public sealed class UserProfile
{
    public Guid UserId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
}
