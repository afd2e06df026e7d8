namespace ChatPlatform.Identity.Model;

/// <summary>An RSA key that signs access tokens. At most one is active (a partial unique index); retired keys stay published in the JWKS.</summary>
public sealed class SigningKey
{
    public required string Kid { get; set; }
    public required string PrivateKeyPem { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool Active { get; set; }
}
