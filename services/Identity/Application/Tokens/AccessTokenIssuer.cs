using System.Security.Claims;
using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Application.SigningKeys;
using ChatPlatform.Identity.Model;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Identity.Application.Tokens;

/// <summary>RS256 access tokens with <c>sub</c>, <c>email</c>, <c>name</c>, one <c>role</c> per role, <c>jti</c> and <c>exp</c>.</summary>
public sealed class AccessTokenIssuer(
    SigningKeyStore keys,
    IOptions<JwtOptions> jwt,
    IOptions<TokenLifetimeOptions> tokens,
    TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public TimeSpan Lifetime => tokens.Value.AccessTokenLifetime;

    /// <summary>The login/refresh response: a new access token next to the refresh token the caller has just stored.</summary>
    public async Task<TokenResponse> IssueTokensAsync(User user, string refreshToken, CancellationToken cancellationToken) =>
        new(await IssueAsync(user, cancellationToken), TokenResponse.BearerTokenType, (int)Lifetime.TotalSeconds, refreshToken, UserResponse.From(user));

    public async Task<string> IssueAsync(User user, CancellationToken cancellationToken)
    {
        var ring = await keys.GetKeyRingAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var identity = new ClaimsIdentity(
        [
            new Claim(ChatClaims.Subject, user.Id.ToString()),
            new Claim(ChatClaims.Email, user.Email),
            new Claim(ChatClaims.Name, user.DisplayName),
            new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            .. user.Roles.Select(role => new Claim(ChatClaims.Role, role)),
        ]);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = jwt.Value.Audience,
            Subject = identity,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = ring.SigningCredentials,
        });
    }
}
