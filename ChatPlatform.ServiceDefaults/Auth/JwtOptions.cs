namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>Where tokens come from (section <c>Jwt</c>). Identity is found through service discovery.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "chatplatform";
    public string Audience { get; set; } = "chatplatform";
    public string MetadataAddress { get; set; } = "http://identity/.well-known/openid-configuration";
}
