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

    /// <summary>
    /// How far over the limit a declared body may be and still be read (and discarded) before the 413 is sent.
    /// A client that does not wait for <c>100 Continue</c> is still sending; refusing without reading makes it see a
    /// reset connection instead of the problem. Bigger bodies are refused at once and the connection closed.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long MaxDrainBytes { get; set; } = 16 * 1024 * 1024;
}
