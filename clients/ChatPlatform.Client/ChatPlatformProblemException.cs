using System.Net;

namespace ChatPlatform.Client;

/// <summary>
/// An RFC 9457 problem+json answer from the gateway or a service: <see cref="Code"/> is the stable machine code of
/// SPEC.md section 2 (<c>not_found</c>, <c>validation_failed</c>, <c>rate_limited</c>, ...), <see cref="Errors"/>
/// the per-field messages of a validation failure.
/// </summary>
public sealed class ChatPlatformProblemException(
    HttpStatusCode status,
    string? code,
    string? title,
    string? detail,
    string? traceId,
    IReadOnlyDictionary<string, string[]>? errors,
    TimeSpan? retryAfter = null,
    Exception? inner = null)
    : Exception($"{(int)status} {code ?? "error"}: {detail ?? title ?? status.ToString()}", inner)
{
    public HttpStatusCode Status { get; } = status;
    public string? Code { get; } = code;
    public string? Title { get; } = title;
    public string? Detail { get; } = detail;
    public string? TraceId { get; } = traceId;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();

    /// <summary>The <c>Retry-After</c> of a 429 or 503.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
