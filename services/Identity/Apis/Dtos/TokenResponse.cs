namespace ChatPlatform.Identity.Apis.Dtos;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, UserResponse User)
{
    public const string BearerTokenType = "bearer";
}
