using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>Section <c>OpenApi</c>: where each service publishes its document and how long the merged one is kept.</summary>
public sealed class OpenApiSettings
{
    public const string SectionName = "OpenApi";

    [Required]
    public string DocumentPath { get; set; } = "/openapi/v1.json";

    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 10;

    [Range(1, 60)]
    public int FetchTimeoutSeconds { get; set; } = 10;

    [Range(0, 86400)]
    public int KeepLastGoodSeconds { get; set; } = 300;
}
