namespace ChatPlatform.Identity.Apis.Dtos;

/// <summary>The discovery document fields JWT bearer validation reads (OpenID Connect Discovery 1.0).</summary>
public sealed record OpenIdConfigurationResponse(
    string Issuer,
    string JwksUri,
    IReadOnlyList<string> IdTokenSigningAlgValuesSupported,
    IReadOnlyList<string> SubjectTypesSupported,
    IReadOnlyList<string> ClaimsSupported);
