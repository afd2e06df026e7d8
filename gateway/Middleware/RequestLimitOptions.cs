using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>
/// Section <c>RequestLimits</c>: the request body limit for every proxied route (a route may raise or lower it with
/// its <c>Metadata:MaxRequestBodySize</c> in bytes, as the attachment upload route does) and the limits on a
/// request's head, which the gateway answers itself (<see cref="RequestHeadLimitMiddleware"/>).
/// </summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";
    public const string RouteMetadataKey = "MaxRequestBodySize";

    /// <summary>
    /// Kestrel's own head limits are this many times the ones below. Kestrel answers a request over its limits
    /// before any middleware runs, with an empty body; with room above the gateway's limits, what clients
    /// plausibly send (a long URL, a 60 KB cookie) reaches <see cref="RequestHeadLimitMiddleware"/> and gets a problem.
    /// </summary>
    public const int KestrelHeadroom = 4;

    /// <summary>
    /// The request target (path and query, as sent) in bytes; over it, 414. Below Kestrel's default request line
    /// (8 KiB) with room for the method and version, so a target that passes here passes in the service too.
    /// </summary>
    [Range(1, int.MaxValue / KestrelHeadroom)]
    public int MaxRequestTargetLength { get; set; } = 8000;

    /// <summary>
    /// All request header lines in bytes (name, value and separators); over it, 431. Below Kestrel's default
    /// (32 KiB) by what the gateway adds when it forwards (X-Forwarded-*, traceparent, X-Request-Id).
    /// </summary>
    [Range(1, int.MaxValue / KestrelHeadroom)]
    public int MaxRequestHeadersTotalSize { get; set; } = 30 * 1024;

    /// <summary>Request header fields; over it, 431. Below Kestrel's default (100) by what the gateway adds.</summary>
    [Range(1, int.MaxValue / KestrelHeadroom)]
    public int MaxRequestHeaderCount { get; set; } = 90;

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
