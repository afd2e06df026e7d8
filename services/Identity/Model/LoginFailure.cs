namespace ChatPlatform.Identity.Model;

/// <summary>A failed login, counted by the login throttle per account (normalized email) and per client address.</summary>
public sealed class LoginFailure
{
    public Guid Id { get; set; }
    public required string AccountKey { get; set; }
    public string? ClientAddress { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}
