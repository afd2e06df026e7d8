namespace ChatPlatform.Gateway.Cors;

/// <summary>Section <c>Cors</c>: browser origins allowed to call the API. None (the default) sends no CORS headers.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
