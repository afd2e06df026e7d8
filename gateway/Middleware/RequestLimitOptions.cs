using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Section <c>RequestLimits</c>: the request body limit for every proxied route. A route may raise or
/// lower it with its <c>Metadata:MaxRequestBodySize</c> (bytes), as the attachment upload route does.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";
    public const string RouteMetadataKey = "MaxRequestBodySize";

    [Range(1, long.MaxValue)]
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;
}
