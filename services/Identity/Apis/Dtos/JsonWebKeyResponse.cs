namespace ChatPlatform.Identity.Apis.Dtos;

/// <summary>A public RSA key as RFC 7517 publishes it.</summary>
public sealed record JsonWebKeyResponse(string Kid, string Kty, string Alg, string Use, string N, string E);
