namespace ChatPlatform.Client.Auth;

/// <summary>An access token, the refresh token that renews it, and when the access token expires.</summary>
public sealed record TokenSet(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt)
{
    /// <summary>From a login or refresh answer: <c>expires_in</c> seconds from <paramref name="now"/>.</summary>
    public static TokenSet FromAnswer(string accessToken, string refreshToken, long expiresInSeconds, DateTimeOffset now) =>
        new(accessToken, refreshToken, now.AddSeconds(expiresInSeconds));
}
