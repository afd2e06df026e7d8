namespace ChatPlatform.Identity.Application.Tokens;

/// <summary>Token lifetimes (section <c>Tokens</c>); issuer and audience come from the shared <c>Jwt</c> section.</summary>
public sealed class TokenLifetimeOptions
{
    public const string SectionName = "Tokens";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
