using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Gateway.Tests.Infrastructure;

/// <summary>Signs access tokens the way Identity does (RS256, issuer and audience <c>chatplatform</c>) and publishes its key.</summary>
public sealed class TokenIssuer
{
    private const string KeyId = "test-key";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = KeyId };
    private readonly RsaSecurityKey _forgeryKey = new(RSA.Create(2048)) { KeyId = KeyId };

    public string Valid(Guid userId, string role = "user") => Sign(_key, userId, role, DateTime.UtcNow.AddMinutes(10));

    public string Expired(Guid userId) => Sign(_key, userId, "user", DateTime.UtcNow.AddMinutes(-5));

    /// <summary>Same key id, same claims, but signed with a key Identity never published.</summary>
    public string Forged(Guid userId) => Sign(_forgeryKey, userId, "user", DateTime.UtcNow.AddMinutes(10));

    public static string Unsigned(Guid userId)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var expires = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"sub":"{{userId}}","role":"admin","iss":"chatplatform","aud":"chatplatform","exp":{{expires}}}"""));
        return $"{header}.{payload}.";
    }

    public JsonObject OpenIdConfiguration(string baseUrl) => new()
    {
        ["issuer"] = "chatplatform",
        ["jwks_uri"] = $"{baseUrl}/.well-known/jwks.json",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    public JsonObject Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = KeyId });
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = jwk.Kty, ["use"] = "sig", ["alg"] = "RS256", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E,
            }),
        };
    }

    private static string Sign(RsaSecurityKey key, Guid userId, string role, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "chatplatform",
            Audience = "chatplatform",
            Claims = new Dictionary<string, object> { ["sub"] = userId.ToString(), ["role"] = role },
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
