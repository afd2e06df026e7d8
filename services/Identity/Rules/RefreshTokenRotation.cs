using ChatPlatform.Identity.Model;

namespace ChatPlatform.Identity.Rules;

/// <summary>Rotation with reuse detection (OAuth 2.0 Security BCP, section 4.14): what presenting a refresh token leads to.</summary>
public static class RefreshTokenRotation
{
    public static RefreshDecision Decide(RefreshToken? presented, DateTimeOffset now) => presented?.StateAt(now) switch
    {
        RefreshTokenState.Active => RefreshDecision.Rotate,
        RefreshTokenState.Used => RefreshDecision.RevokeFamily,
        _ => RefreshDecision.Reject,
    };
}
