using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>The per-user send rate limit (SPEC.md section 5): a token bucket refilled at <c>PerSecond</c>, holding at most <c>Burst</c>.</summary>
public sealed class SendRateLimitOptions
{
    public const string SectionName = "SendRateLimit";

    [Range(0.001, 1_000_000)]
    public double PerSecond { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 20;
}
