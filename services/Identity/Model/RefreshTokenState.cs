namespace ChatPlatform.Identity.Model;

public enum RefreshTokenState
{
    Active,
    Used,
    Revoked,
    Expired,
}
