using System.ComponentModel.DataAnnotations;

namespace ChatPlatform.Presence.Application;

/// <summary>Tunables of the WebSocket gateway (section <c>Presence</c>); the defaults follow SPEC.md section 4.</summary>
public sealed class PresenceOptions
{
    public const string SectionName = "Presence";

    /// <summary>A client frame larger than this closes the socket with 1009.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxFrameBytes { get; set; } = 64 * 1024;

    /// <summary>A socket that sends no frame for this long is closed (1000). Zero disables the check.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Protocol-level pings; a peer that does not answer within <see cref="KeepAliveTimeout"/> is dropped.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Frames waiting for one socket. A consumer that falls this far behind is disconnected (it resumes with since_seq).</summary>
    [Range(16, 1_000_000)]
    public int SendQueueCapacity { get; set; } = 1024;

    /// <summary>Live messages held for one subscription while it replays history; beyond this the socket is disconnected.</summary>
    [Range(16, 1_000_000)]
    public int MaxPendingDuringReplay { get; set; } = 10_000;

    /// <summary>How long a session waits for a missing seq to arrive from the bus before subscribers fetch it from history.</summary>
    public TimeSpan GapFillDelay { get; set; } = TimeSpan.FromMilliseconds(150);

    [Range(1, 200)]
    public int HistoryPageSize { get; set; } = 200;

    public TimeSpan TypingTimeout { get; set; } = TimeSpan.FromSeconds(6);

    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Send batches out to Messages at once; sends that arrive while all are out leave together in the next.</summary>
    [Range(1, 64)]
    public int SendBatchConcurrency { get; set; } = 2;

    /// <summary>The most sends one batch carries (Messages accepts up to 256).</summary>
    [Range(1, 256)]
    public int SendBatchMax { get; set; } = 64;

    /// <summary>Client frames per second per socket (token bucket); a socket above it is closed with 4429.</summary>
    [Range(1, 100_000)]
    public double FramesPerSecond { get; set; } = 50;

    [Range(1, 100_000)]
    public int FrameBurst { get; set; } = 200;

    /// <summary>A socket that gets more than this many <c>rate_limited</c> send rejections within <see cref="RateLimitedWindow"/> is closed with 4429.</summary>
    [Range(1, 100_000)]
    public int MaxRateLimitedRejections { get; set; } = 10;

    public TimeSpan RateLimitedWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often this replica refreshes its liveness and counters in Redis.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    public Uri MessagesAddress { get; set; } = new("http://messages");

    /// <summary>
    /// How often this replica tells Sessions which agents are online on it (<c>AgentsOnline</c>), besides at once on a
    /// change; Sessions forgets a report after <c>Support:PresenceFreshness</c> (30 s), so keep this well below that.
    /// </summary>
    public TimeSpan AgentReportInterval { get; set; } = TimeSpan.FromSeconds(10);

    public Uri SessionsAddress { get; set; } = new("http://sessions");

    /// <summary>Asked for a user's blocks only when Redis cannot give them.</summary>
    public Uri ModerationAddress { get; set; } = new("http://moderation");
}
