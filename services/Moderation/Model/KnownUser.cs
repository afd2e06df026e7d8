namespace ChatPlatform.Moderation.Model;

/// <summary>A user account as Moderation knows it, projected from <c>UserRegistered</c> (or confirmed by Identity).</summary>
public sealed class KnownUser
{
    public Guid Id { get; init; }
    public string? DisplayName { get; set; }
    public DateTimeOffset KnownSince { get; init; }
}
