using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatPlatform.Identity.Rules;

/// <summary>Refresh tokens are opaque random strings; only their SHA-256 hash is stored.</summary>
public static class RefreshTokenSecret
{
    private const int SecretBytes = 32;

    public static string Generate() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
