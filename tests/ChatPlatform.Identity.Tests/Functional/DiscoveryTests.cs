using System.Security.Cryptography;
using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class DiscoveryTests(IdentityServiceFixture service)
{
    [Fact]
    public async Task The_discovery_document_names_the_issuer_and_a_jwks_uri_on_the_requested_host()
    {
        var client = service.CreateClient();

        var direct = await client.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration");
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        proxied.Headers.Add("X-Forwarded-Host", "chat.example.test:8000");
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        var viaGateway = await (await client.SendAsync(proxied)).ReadJsonAsync();

        Assert.Equal("chatplatform", direct!["issuer"]!.GetValue<string>());
        Assert.Equal(new Uri(client.BaseAddress!, "/.well-known/jwks.json").ToString(), direct["jwks_uri"]!.GetValue<string>());
        Assert.Equal("https://chat.example.test:8000/.well-known/jwks.json", viaGateway["jwks_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_published_public_key_verifies_issued_access_tokens()
    {
        var client = service.CreateClient();
        var accessToken = (await client.SignUpAsync())["access_token"]!.GetValue<string>();

        var jwks = await client.GetStringAsync("/.well-known/jwks.json");
        var keySet = new JsonWebKeySet(jwks);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = "chatplatform",
            ValidAudience = "chatplatform",
            IssuerSigningKeys = keySet.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var key = Assert.Single(JsonNode.Parse(jwks)!["keys"]!.AsArray())!;
        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
        Assert.Equal("RS256", key["alg"]!.GetValue<string>());
        Assert.Equal("sig", key["use"]!.GetValue<string>());
        Assert.Equal(new JsonWebToken(accessToken).Kid, key["kid"]!.GetValue<string>());
        Assert.Null(key["d"]);
        Assert.Equal(2048, keySet.Keys[0].KeySize);
    }

    [Fact]
    public async Task Tokens_that_are_forged_unsigned_or_expired_are_refused()
    {
        var client = service.CreateClient();
        var login = await client.SignUpAsync();
        var real = new JsonWebToken(login["access_token"]!.GetValue<string>());
        var claims = new Dictionary<string, object> { ["sub"] = real.Subject, ["role"] = "admin" };

        using var otherKey = RSA.Create(2048);
        var forged = Sign(claims, new RsaSecurityKey(otherKey) { KeyId = real.Kid }, DateTime.UtcNow.AddMinutes(5));
        var unsigned = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." +
            Base64UrlEncoder.Encode($"{{\"sub\":\"{real.Subject}\",\"iss\":\"chatplatform\",\"aud\":\"chatplatform\",\"exp\":{DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()}}}") + ".";
        var expired = Sign(claims, await RealSigningKeyAsync(), DateTime.UtcNow.AddMinutes(-5));

        foreach (var token in new[] { forged, unsigned, expired })
        {
            var response = await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/auth/me", token);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        }
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsBearerAsync(HttpMethod.Get, "/api/v1/auth/me", real.EncodedToken)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_identity_path_with_snake_case_schemas()
    {
        var document = await service.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Superset(new HashSet<string>
        {
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/me",
            "/api/v1/auth/users/{id}", "/api/v1/auth/users/{id}/roles",
            "/.well-known/openid-configuration", "/.well-known/jwks.json",
        }, paths.ToHashSet());
        var tokenSchema = document["components"]!["schemas"]!["TokenResponse"]!["properties"]!.AsObject();
        Assert.Equal(["access_token", "expires_in", "refresh_token", "token_type", "user"], tokenSchema.Select(p => p.Key).Order());
        Assert.NotNull(document["components"]!["schemas"]!["RegisterRequest"]!["properties"]!["display_name"]);
    }

    private static string Sign(Dictionary<string, object> claims, SecurityKey key, DateTime expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "chatplatform",
            Audience = "chatplatform",
            Claims = claims,
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    private async Task<SecurityKey> RealSigningKeyAsync()
    {
        var stored = await service.QueryAsync(db => db.SigningKeys.SingleAsync(k => k.Active));
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PrivateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = stored.Kid };
    }
}
