using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>
/// Validates an access token that did not come in the request's Authorization header (one per item of a batch), with
/// exactly the bearer handler's rules and keys (<see cref="AuthenticationExtensions.AddChatAuthentication"/>). A token
/// that passed is remembered until it expires, so a user's next send costs a dictionary lookup instead of an RSA
/// verify; a refused one is not remembered.
/// </summary>
public sealed class AccessTokenValidator(IOptionsMonitor<JwtBearerOptions> bearerOptions, TimeProvider time)
{
    private const int SweepThreshold = 10_000;

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, ValidatedToken> validated = new(StringComparer.Ordinal);

    /// <returns>The token's user, or null when the token is missing, forged, expired or unreadable.</returns>
    public async ValueTask<ClaimsPrincipal?> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (validated.TryGetValue(token, out var known))
        {
            if (known.ExpiresAt > now)
            {
                return known.User;
            }
            validated.TryRemove(token, out _);
        }

        var options = bearerOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await ValidateWithKeysAsync(token, options, cancellationToken);
        if (result is { IsValid: false, Exception: SecurityTokenSignatureKeyNotFoundException } && options.ConfigurationManager is { } keys)
        {
            // Identity may have rotated its key since the keys were read (the bearer handler does the same).
            keys.RequestRefresh();
            result = await ValidateWithKeysAsync(token, options, cancellationToken);
        }
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }
        var user = new ClaimsPrincipal(result.ClaimsIdentity);
        if (validated.Count >= SweepThreshold)
        {
            Sweep(now);
        }
        validated[token] = new ValidatedToken(user, jwt.ValidTo);
        return user;
    }

    private async Task<TokenValidationResult> ValidateWithKeysAsync(string token, JwtBearerOptions options, CancellationToken cancellationToken)
    {
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            parameters.IssuerSigningKeys = parameters.IssuerSigningKeys is { } configured
                ? configured.Concat(configuration.SigningKeys)
                : configuration.SigningKeys;
        }
        return await handler.ValidateTokenAsync(token, parameters);
    }

    private void Sweep(DateTime now)
    {
        foreach (var (token, entry) in validated)
        {
            if (entry.ExpiresAt <= now)
            {
                validated.TryRemove(token, out _);
            }
        }
        if (validated.Count >= SweepThreshold)
        {
            validated.Clear();
        }
    }

    private sealed record ValidatedToken(ClaimsPrincipal User, DateTime ExpiresAt);
}
