using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Identity.Application.SigningKeys;

/// <summary>The loaded signing keys: the active one signs, all of them verify and are published.</summary>
public sealed record KeyRing(RsaSecurityKey Active, IReadOnlyList<RsaSecurityKey> All)
{
    public SigningCredentials SigningCredentials { get; } = new(Active, SecurityAlgorithms.RsaSha256);
}
