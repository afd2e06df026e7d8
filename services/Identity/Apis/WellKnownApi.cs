using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Application.SigningKeys;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Identity.Apis;

/// <summary>The discovery document and the public signing keys every service validates access tokens with.</summary>
public static class WellKnownApi
{
    private const string JwksPath = "/.well-known/jwks.json";

    public static IEndpointRouteBuilder MapWellKnownApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/.well-known").WithTags("Discovery");
        api.MapGet("/openid-configuration", GetOpenIdConfiguration)
            .WithName("GetOpenIdConfiguration")
            .WithSummary("OpenID Connect discovery document (issuer and jwks_uri)");
        api.MapGet("/jwks.json", GetJsonWebKeySetAsync)
            .WithName("GetJsonWebKeySet")
            .WithSummary("The public RS256 keys access tokens are signed with");
        return app;
    }

    public static Ok<OpenIdConfigurationResponse> GetOpenIdConfiguration(HttpRequest request, IOptions<JwtOptions> jwt) =>
        TypedResults.Ok(new OpenIdConfigurationResponse(
            Issuer: jwt.Value.Issuer,
            JwksUri: $"{request.Scheme}://{request.Host}{request.PathBase}{JwksPath}",
            IdTokenSigningAlgValuesSupported: [SecurityAlgorithms.RsaSha256],
            SubjectTypesSupported: ["public"],
            ClaimsSupported: [ChatClaims.Subject, ChatClaims.Email, ChatClaims.Name, ChatClaims.Role, "jti", "exp", "iat", "iss", "aud"]));

    public static async Task<Ok<JsonWebKeySetResponse>> GetJsonWebKeySetAsync(SigningKeyStore keys, CancellationToken cancellationToken)
    {
        var ring = await keys.GetKeyRingAsync(cancellationToken);
        return TypedResults.Ok(new JsonWebKeySetResponse([.. ring.All.Select(ToPublicJwk)]));
    }

    private static JsonWebKeyResponse ToPublicJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonWebKeyResponse(
            Kid: key.KeyId,
            Kty: JsonWebAlgorithmsKeyTypes.RSA,
            Alg: SecurityAlgorithms.RsaSha256,
            Use: JsonWebKeyUseNames.Sig,
            N: Base64UrlEncoder.Encode(parameters.Modulus),
            E: Base64UrlEncoder.Encode(parameters.Exponent));
    }
}
