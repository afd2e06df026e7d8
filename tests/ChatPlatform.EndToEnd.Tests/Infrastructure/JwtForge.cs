using System.Security.Cryptography;
using System.Text;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>Hand-made JWTs for the edge tests: signed with a key of our choosing, or unsigned (alg none).</summary>
public static class JwtForge
{
    public static string Claims(Guid subject, DateTimeOffset expires, string issuer = "chatplatform", string audience = "chatplatform") =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = subject.ToString(),
            ["iss"] = issuer,
            ["aud"] = audience,
            ["role"] = "admin",
            ["iat"] = expires.AddMinutes(-15).ToUnixTimeSeconds(),
            ["nbf"] = expires.AddMinutes(-15).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        });

    public static string SignRs256(RSA key, string kid, string claimsJson)
    {
        var header = Encode(JsonSerializer.Serialize(new { alg = "RS256", typ = "JWT", kid }));
        var payload = Encode(claimsJson);
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    public static string Unsigned(string claimsJson) =>
        $"{Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT" }))}.{Encode(claimsJson)}.";

    private static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
