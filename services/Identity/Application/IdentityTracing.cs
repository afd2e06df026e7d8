using System.Diagnostics;

namespace ChatPlatform.Identity.Application;

/// <summary>
/// The service's one <see cref="ActivitySource"/>: a span for each domain step, inside the trace of the request or
/// event that caused it. ServiceDefaults traces every <c>ChatPlatform.*</c> source.
/// </summary>
public static class IdentityTracing
{
    public const string SourceName = "ChatPlatform.Identity";

    public static readonly ActivitySource Source = new(SourceName);
}
